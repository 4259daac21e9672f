import 'i18next';
import type { messagesJa } from './messages-ja';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof messagesJa };
  }
}

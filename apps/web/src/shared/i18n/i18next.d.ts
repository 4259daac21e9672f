import 'i18next';
import type { AllMessagesJa } from './messages-ja';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllMessagesJa };
  }
}

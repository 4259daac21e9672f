const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// Bundles the API and its workspace libraries into dist/apps/api/main.js; npm packages stay external.
module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Their own bundles beside main.js: PDF/DOCX/XLSX rendering and disclosure judging in worker threads
      // (common/export/render-off-thread.ts, modules/disclosures/judging/judge-off-thread.ts)
      // and the document-text extraction child process (forked per upload; see DocumentExtractionPool). Nx joins only
      // './' paths to the project root, so a path outside the project must be absolute.
      additionalEntryPoints: [
        { entryName: 'export-render-worker', entryPath: './src/common/export/render-worker.ts' },
        { entryName: 'disclosure-judge-worker', entryPath: './src/modules/disclosures/judging/judge-worker.ts' },
        {
          entryName: 'document-text-worker',
          entryPath: join(__dirname, '../../libs/document-text/src/lib/extract-child.ts'),
        },
      ],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
    }),
  ],
};

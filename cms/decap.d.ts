// Decap's backend, widget, editor-component and locale packages ship no type declarations.
declare module 'decap-cms-backend-*';
declare module 'decap-cms-widget-*';
declare module 'decap-cms-editor-component-image';
declare module 'decap-cms-locales/dist/esm/*';

/** What Decap passes to every control widget of this project (the subset the widgets use). */
export interface WidgetProps {
  value: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper?: string;
}

/** A widget that reads its own field's options (e.g. the approval cycle). */
export interface FieldWidgetProps extends WidgetProps {
  field: { get: (key: string, fallback?: unknown) => unknown };
}

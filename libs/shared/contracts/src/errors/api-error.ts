/** One error shape for the whole API. `message` is in the request's language. */
export interface ApiFieldError {
  field: string;
  code: string;
  message: string;
}

export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
  errors?: ApiFieldError[];
  requestId?: string;
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).statusCode === 'number' &&
    typeof (value as ApiError).code === 'string'
  );
}

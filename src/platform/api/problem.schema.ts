/** JSON Schema of an API error (application/problem+json with a stable code), for route responses. */
export function problem(description: string) {
  return {
    description,
    type: 'object',
    required: ['type', 'title', 'status', 'code', 'detail'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      code: { type: 'string', description: 'Code stable, par exemple INVALID_PARAMETER.' },
      detail: { type: 'string', description: 'Message en français.' },
      errors: {
        type: 'array',
        items: { type: 'object', required: ['message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  } as const;
}

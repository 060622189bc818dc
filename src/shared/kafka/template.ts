/** Bulk produce: `{{i}}` in a key, value or header becomes the message's number, 1 to count. */
export const fillTemplate = (template: string, i: number): string => template.replace(/\{\{i\}\}/g, String(i))

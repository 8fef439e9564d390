/**
 * Plain schema errors in the build. Astro reports a content error as `field: message`, but for an
 * issue our schemas give no message of their own (a missing list, a wrong type) its own error map
 * answers "Required" already prefixed with the field in Markdown, so the line reads
 * `cues**: **cues: Required`. Wrapping a collection's schema parses with our messages first and
 * hands Astro finished messages, which it prints as they are: `cues: is required`.
 */
import { z } from 'astro/zod';

/** Zod's name for a type, as a reader would say it. */
const TYPE_NAME: Record<string, string> = { array: 'a list', object: 'a set of fields', string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false' };

/** Messages for the issues our schemas leave to Zod; undefined keeps Zod's own (already plain) text. */
export function plainMessage(issue: { code?: string; input?: unknown; expected?: unknown }): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'is required';
  const expected = String(issue.expected);
  return `must be ${TYPE_NAME[expected] ?? expected}, not ${Array.isArray(issue.input) ? 'a list' : typeof issue.input}`;
}

/** The problems with some data, each as a path and a plain message (an unknown key is named as its own path). */
export function plainIssues(schema: z.ZodType, data: unknown): { path: PropertyKey[]; message: string }[] {
  const result = schema.safeParse(data, { error: plainMessage });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key], message: 'is not a field this page can have (check the spelling)' }))
      : [{ path: issue.path, message: issue.message }],
  );
}

/** The same schema for the build, reporting its problems with plain messages. */
export function withPlainErrors<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((data, ctx): z.output<T> => {
    const result = schema.safeParse(data, { error: plainMessage });
    if (result.success) return result.data;
    for (const { path, message } of plainIssues(schema, data)) ctx.addIssue({ code: 'custom', path, message, input: data });
    return z.NEVER;
  });
}

/** The one way the site counts things in words: "1 set", "2 sets", "3 times". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * opencc-js's dictionaries, one module each (`opencc-js/dict/<name>`, exported by its package's `./*`
 * pattern, which has no types): a dictionary is one string, `from to|from to|…`.
 */
declare module "opencc-js/dict/*" {
  const dict: string;
  export default dict;
}

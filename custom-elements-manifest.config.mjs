/** custom-elements.json is generated from the JSDoc on the element classes (`npm run analyze`); never edit it by hand. */
export default {
  globs: ['src/components/**/*.ts', 'src/core/base.ts', 'src/core/element-base.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  litelement: true,
  dependencies: false,
  // package.json names custom-elements.json itself; the analyzer would write its temporary output folder there.
  packagejson: false,
};

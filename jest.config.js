/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(ts|tsx|js|mjs)$": [
      "ts-jest",
      {
        tsconfig: {
          module: "CommonJS",
          moduleResolution: "Node10",
          jsx: "react-jsx",
          allowJs: true,
          isolatedModules: true,
          esModuleInterop: true,
        },
      },
    ],
  },
  // office-addin-mock's dependencies are ESM-only: transform them too.
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom|opencc-js)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
};

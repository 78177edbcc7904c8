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
  // opencc-js ships ES modules: transform it too.
  transformIgnorePatterns: ["/node_modules/(?!(opencc-js)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
};

// Fails with a clear message when a script needs an environment variable that is not set.
const missing = process.argv.slice(2).filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(
    `Missing environment variable(s): ${missing.join(', ')}.\n` +
      'npm run test:pg needs a PostgreSQL database to test against, e.g.\n' +
      '  TEST_DATABASE_URL=postgres://user@127.0.0.1:5433/ourplan_test npm run test:pg\n' +
      '(.ci/run starts a throwaway cluster and sets it for you.)',
  );
  process.exit(1);
}

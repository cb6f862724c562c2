// index.ts: LoopBack 4 entry point.
import * as fs from 'fs';
import * as path from 'path';
import { ApplicationConfig, TodoListApplication } from './application';

export * from './application';

export async function main(options: ApplicationConfig = {}) {
  const app = new TodoListApplication(options);
  await app.boot();
  await app.start();

  const url = app.restServer.url;
  console.log(`Server is running at ${url}`);
  return app;
}

if (require.main === module) {
  // Run the application
  main({
    rest: {
      port: +(process.env.PORT ?? 3000),
      host: process.env.HOST ?? '0.0.0.0',
      protocol: 'https',
      key: fs.readFileSync(path.join(__dirname, '../certs/server.key')),
      cert: fs.readFileSync(path.join(__dirname, '../certs/server.crt')),
      minVersion: 'TLSv1.3',
      gracePeriodForClose: 5000, // 5 seconds
      openApiSpec: {
        setServersFromRequest: true,
      },
    },
  }).catch(err => {
    console.error('Cannot start the application.', err);
    process.exit(1);
  });
}

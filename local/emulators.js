#!/usr/bin/env node
// Starts one local AWS emulator on 127.0.0.1 and reports on stdout, one line each:
//   ready PORT             once listening
//   event {S3 event JSON}  for every S3 object event (s3 only)
// Usage: node emulators.js dynamodb|s3 [--port N] [--dir DIR]
// --port 0 (the default) takes a free port. --dir persists data (dynamodb: in memory without it).
// The process exits when its stdin closes, so an emulator never outlives the JVM that started it.
'use strict';

const path = require('path');

function parseArgs(argv) {
  const options = { role: argv[0], port: 0, dir: null };
  for (let i = 1; i < argv.length; i += 2) {
    if (argv[i] === '--port') options.port = Number(argv[i + 1]);
    else if (argv[i] === '--dir') options.dir = argv[i + 1];
    else fail(`unknown option ${argv[i]}`);
  }
  if (!['dynamodb', 's3'].includes(options.role)) fail('usage: emulators.js dynamodb|s3 [--port N] [--dir DIR]');
  return options;
}

function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(2);
}

function report(kind, payload) {
  process.stdout.write(`${kind} ${payload}\n`);
}

// AWS URL-encodes keys in event notifications (form encoding: a space is '+', '/' is kept); s3rver does not.
function encodeKey(key) {
  return key.split('/').map(segment => encodeURIComponent(segment).replace(/%20/g, '+')).join('/');
}

// s3rver's sequencer is the millisecond clock, equal for events in the same millisecond. AWS's grows per key with
// each event; a counter behind the clock keeps that promise here. Fixed width, so they also compare as strings.
let lastSequence = 0n;
function nextSequencer() {
  const now = BigInt(Date.now()) * 1000n;
  lastSequence = now > lastSequence ? now : lastSequence + 1n;
  return lastSequence.toString(16).toUpperCase().padStart(16, '0');
}

function startDynamoDb(options) {
  const dynalite = require('dynalite');
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    path: options.dir || undefined,
  });
  server.listen(options.port, '127.0.0.1', () => report('ready', server.address().port));
  server.on('error', error => fail(`dynalite: ${error.message}`));
  return () => server.close();
}

function startS3(options) {
  const S3rver = require('s3rver');
  const os = require('os');
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    silent: !process.env.ARTICLES_EMULATOR_DEBUG,
    directory: options.dir || path.join(os.tmpdir(), `articles-s3rver-${process.pid}`),
  });
  s3rver.on('event', event => {
    for (const record of event.Records) {
      record.s3.object.key = encodeKey(record.s3.object.key);
      record.s3.object.sequencer = nextSequencer();
    }
    report('event', JSON.stringify(event));
  });
  s3rver.run().then(
    address => report('ready', address.port),
    error => fail(`s3rver: ${error.message}`),
  );
  return () => s3rver.close().catch(() => {});
}

const options = parseArgs(process.argv.slice(2));
const stop = options.role === 'dynamodb' ? startDynamoDb(options) : startS3(options);
const shutdown = () => {
  stop();
  process.exit(0);
};
process.stdin.on('end', shutdown);
process.stdin.on('error', shutdown);
process.stdin.resume();
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

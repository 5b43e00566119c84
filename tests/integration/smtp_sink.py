"""A real SMTP server on loopback for tests/integration/reminders.test.mjs.

Usage: smtp_sink.py PORT DIR -- accepts every message (aiosmtpd, Debian's
python3-aiosmtpd), writes each as DIR/NNNN.eml with the envelope's
recipients in an X-Envelope-To line first, prints "ready" once listening,
and stops when its standard input closes.
"""
import os
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.folder, '%04d.eml' % self.count)
        with open(path + '.tmp', 'wb') as f:
            f.write(b'X-Envelope-To: ' + ', '.join(envelope.rcpt_tos).encode() + b'\r\n')
            f.write(envelope.original_content or envelope.content)
        os.rename(path + '.tmp', path)
        return '250 Message accepted for delivery'


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Sink(folder), hostname='127.0.0.1', port=port)
    controller.start()
    print('ready', flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == '__main__':
    main()

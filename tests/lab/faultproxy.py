#!/usr/bin/python3
"""A TCP proxy in front of one lab server that misbehaves on command.

The fault matrix (tests/integration/tst_faultmatrix_lab.cpp) puts one in front
of each real server, so that every kind of source meets the same faults the
same way. It prints "listening PORT" once, then reads one command a line on
stdin and answers "ok COMMAND" when it is in force:

  pass          forward both ways (the start; resumes a hang, revives a kill)
  kill          reset every connection and refuse new ones, as a server
                killed with SIGKILL does
  kill mid-poll the same, the moment the next request burst (a poll) has
                reached the server and before its reply comes back
  hang          keep the connections open but forward nothing, as a server
                stopped with SIGSTOP does; "pass" delivers what was held
  drop          reset every connection once, then forward again: a restart
  garbage       reset every connection; answer new ones with bytes that are
                no protocol, then close
  delay MS      forward, holding the first reply of each request burst (a
                request after 300 ms of quiet either way: a new poll) for MS ms
  http401       answer every request with HTTP 401 (a server that wants
                credentials)

Loopback only.
"""
import asyncio
import socket
import struct
import sys

QUIET_GAP = 0.3
GARBAGE = bytes(range(256))[::-1] * 2 + b"\xff\xfe\x00\x1b[2J\r\n"
UNAUTHORIZED = (b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"lab\"\r\n"
                b"Content-Type: text/plain\r\nContent-Length: 13\r\nConnection: close\r\n\r\n"
                b"Unauthorized\n")


class Proxy:
    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        self.mode = "pass"
        self.delay = 0.0
        self.flowing = asyncio.Event()
        self.flowing.set()
        self.connections = set()
        self.kill_armed = False
        self.server = None
        self.port = 0

    async def listen(self):
        self.server = await asyncio.start_server(self.accept, "127.0.0.1", self.port, reuse_address=True)
        self.port = self.server.sockets[0].getsockname()[1]

    async def close_listener(self):
        if self.server:
            self.server.close()
            await self.server.wait_closed()
            self.server = None

    def reset_all(self):
        for writer in list(self.connections):
            reset(writer)
        self.connections.clear()

    async def accept(self, reader, writer):
        if self.mode == "garbage":
            writer.write(GARBAGE)
            await writer.drain()
            await asyncio.sleep(0.2)
            writer.close()
            return
        if self.mode == "http401":
            await reader.read(65536)
            writer.write(UNAUTHORIZED)
            await writer.drain()
            writer.close()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            reset(writer)
            return
        self.connections.update((writer, up_writer))
        # Quiet is counted from the last byte either way: the request that follows
        # a held reply at once belongs to the same poll.
        last_traffic = [0.0]
        held_until = [0.0]
        loop = asyncio.get_running_loop()

        async def client_to_server():
            while data := await reader.read(65536):
                await self.flowing.wait()
                now = loop.time()
                burst = now - last_traffic[0] > QUIET_GAP
                if self.delay and burst:
                    held_until[0] = now + self.delay
                last_traffic[0] = now
                up_writer.write(data)
                await up_writer.drain()
                if burst and self.kill_armed:
                    self.kill_armed = False
                    await self.kill()

        async def server_to_client():
            while data := await up_reader.read(65536):
                await self.flowing.wait()
                wait = held_until[0] - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
                last_traffic[0] = loop.time()

        try:
            await asyncio.gather(client_to_server(), server_to_client())
        except (OSError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            for w in (writer, up_writer):
                self.connections.discard(w)
                w.close()

    async def kill(self):
        await self.close_listener()
        self.reset_all()

    async def command(self, line):
        words = line.split()
        if not words:
            return
        name = words[0]
        self.kill_armed = False
        if words == ["kill", "mid-poll"]:
            self.kill_armed = True
        elif name == "kill":
            await self.kill()
        elif name == "drop":
            self.reset_all()
        elif name == "hang":
            self.flowing.clear()
        elif name in ("garbage", "http401"):
            self.reset_all()
        if name in ("pass", "delay", "garbage", "http401", "drop") and self.server is None:
            await self.listen()
        if name != "hang":
            self.flowing.set()
        self.delay = float(words[1]) / 1000.0 if name == "delay" else 0.0
        self.mode = name if name in ("garbage", "http401") else "pass"
        print("ok " + line.strip(), flush=True)


def reset(writer):
    """Closes with RST, as the kernel does for a killed process's sockets."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.close()


async def main():
    proxy = Proxy(int(sys.argv[1]))
    await proxy.listen()
    print("listening %d" % proxy.port, flush=True)
    loop = asyncio.get_running_loop()
    stdin = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
    while line := await stdin.readline():
        await proxy.command(line.decode())


if __name__ == "__main__":
    asyncio.run(main())

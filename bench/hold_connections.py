#!/usr/bin/env python3
"""hold_connections.py PORT [IDLE] [SLOW] — for bench/api_load.sh: holds IDLE
(500) idle connections and SLOW (8) slow-loris clients (a header byte every
0.5 s) open to 127.0.0.1:PORT until killed, reopening any the server closes.
Prints "holding" once they are open."""
import socket, sys, threading, time

port = int(sys.argv[1])
n_idle = int(sys.argv[2]) if len(sys.argv) > 2 else 500
n_slow = int(sys.argv[3]) if len(sys.argv) > 3 else 8
opened = threading.Semaphore(0)


def hold(use):
    """Opens a connection, lets `use` keep it busy until the server cuts it, and reopens."""
    first = True
    while True:
        s = socket.create_connection(("127.0.0.1", port))
        if first:
            opened.release()
            first = False
        try:
            use(s)
        except OSError:
            pass
        s.close()


def idle():
    hold(lambda s: s.recv(1))  # returns when the server cuts it


def dribble(s):
    s.send(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nX-Slow: " % port)
    while True:
        time.sleep(0.5)
        s.send(b"x")


def loris():
    hold(dribble)


for fn, n in [(idle, n_idle), (loris, n_slow)]:
    for _ in range(n):
        threading.Thread(target=fn, daemon=True).start()
for _ in range(n_idle + n_slow):
    opened.acquire()
print("holding", flush=True)
while True:
    time.sleep(60)

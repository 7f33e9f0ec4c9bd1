// serve/http_server — the HTTP/1.1 front of `kizashi serve`, on libmicrohttpd.
//
// Contract: HttpServer routes GET (and HEAD) and POST requests by an anchored
// regular expression to handlers written against httplib's Request/Response
// types (httplib is used for those types only, not for its server). The
// connections are served by `io_threads` epoll threads that never run a
// handler: a complete request is handed to a pool of `workers` threads and its
// connection is suspended until the answer is ready, so idle or slow
// connections cost one socket each and never a worker. Promised limits:
//  - at most `max_connections` open connections (more are closed on accept);
//  - a request must arrive whole (headers and body) within `request_deadline_s`
//    of its first byte, or of the previous answer on a kept-alive connection
//    (a connection idle that long is closed too);
//  - headers bounded by a 32 KiB per-connection buffer (431/413 beyond);
//  - a body larger than `max_body` is answered 413 and not kept;
//  - at most `max_queued` requests wait for a worker; beyond, 503;
//  - routes registered as heavy (coding text) run on their own `coders`
//    threads, at most `coders` more wait, beyond 503: the memory a coding
//    thread keeps (its MeCab tagger and lattice) is bounded by `coders`, and
//    the light routes always find a worker;
//  - Range is ignored: an answer is always the whole body (200);
//  - pipelined requests are answered in order;
//  - every answer carries X-Content-Type-Options: nosniff (but the short
//    fixed pages libmicrohttpd itself sends for malformed requests, such as
//    431 for headers over the buffer);
//  - after an exchange of more than 1 MiB, freed memory goes back to the
//    system (jemalloc's arena purge, or glibc's malloc_trim), so the resident
//    size does not stay at its peak.
// The pre-routing check runs before the body is read; when it fills the
// response (status set) that is the answer. run() blocks until stop().
#pragma once

#include <httplib.h>

#include <functional>
#include <memory>
#include <regex>
#include <string>
#include <vector>

namespace kizashi {

struct HttpLimits {
  size_t max_body = 1u << 20;
  unsigned max_connections = 1000;
  unsigned request_deadline_s = 10;
  unsigned io_threads = 2;
  unsigned workers = 8;
  size_t max_queued = 256;
  unsigned coders = 1;
};

class HttpServer {
 public:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;
  // Fills res (status > 0) to answer without routing; leaves it alone otherwise.
  using PreRouting = std::function<void(const httplib::Request&, httplib::Response&)>;

  explicit HttpServer(HttpLimits limits);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  void Get(const std::string& pattern, Handler h, bool heavy = false);
  void Post(const std::string& pattern, Handler h, bool heavy = false);
  void set_pre_routing(PreRouting check) { pre_routing_ = std::move(check); }

  // Binds and listens on host:port (port 0: any free port); returns the port,
  // or -1 with the reason in *why.
  int bind(const std::string& host, int port, std::string* why);
  // Serves until stop(); false when the server could not start.
  bool run();
  void stop();

  struct Impl;

 private:
  struct Route {
    std::string method;
    std::regex pattern;
    Handler handler;
    bool heavy = false;
  };
  friend struct Impl;
  HttpLimits limits_;
  std::vector<Route> routes_;
  PreRouting pre_routing_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kizashi

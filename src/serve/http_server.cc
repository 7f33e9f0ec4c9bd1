// serve/http_server — libmicrohttpd under httplib's Request/Response types
// (the contract is in http_server.h).
//
// A request goes through the access handler (on_access) in three steps: its
// headers (make the Exchange, run the pre-routing check), its body chunks
// (kept up to max_body), and its end (suspend the connection, run the route in
// the WorkPool, resume). When resumed, the handler queues the answer. The
// Deadlines watchdog shuts down the socket of a connection whose request has
// not arrived whole in time (MHD's own timeout is one of inactivity only).
#include "serve/http_server.h"

#include <malloc.h>
#ifdef KIZASHI_JEMALLOC
#include <jemalloc/jemalloc.h>
#endif
#include <microhttpd.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>

#include "serve/work_pool.h"

namespace kizashi {

namespace {

using Clock = std::chrono::steady_clock;

// One open connection, as the watchdog sees it.
struct Conn {
  int fd = -1;
  Clock::time_point since;  // opened, or last answered
  bool busy = false;        // a worker has its request: the deadline waits
  bool cut = false;
};

// One request between its headers and its answer.
struct Exchange {
  httplib::Request req;
  httplib::Response res;
  bool early = false;  // answered before the body (pre-routing, 413, 503)
  bool dispatched = false;
  std::atomic<bool> done{false};
  const HttpServer::Handler* handler = nullptr;
  bool heavy = false;
};

bool iequals(const std::string& a, const char* b) { return strcasecmp(a.c_str(), b) == 0; }

void json_error(httplib::Response& res, int status, const char* message) {
  res.status = status;
  res.set_content(std::string("{\"error\":\"") + message + "\"}", "application/json; charset=utf-8");
}

// %HH decoding (but %00), and '+' as a space (form encoding, as URLSearchParams writes it).
size_t unescape(void*, MHD_Connection*, char* s) {
  char* out = s;
  for (char* p = s; *p; ++p) {
    if (*p == '+') {
      *out++ = ' ';
    } else if (*p == '%' && isxdigit(static_cast<unsigned char>(p[1])) && isxdigit(static_cast<unsigned char>(p[2])) &&
               !(p[1] == '0' && p[2] == '0')) {  // %00 stays as written: no NUL cuts a name short
      char hex[3] = {p[1], p[2], 0};
      *out++ = static_cast<char>(strtol(hex, nullptr, 16));
      p += 2;
    } else {
      *out++ = *p;
    }
  }
  *out = 0;
  return static_cast<size_t>(out - s);
}

MHD_Result add_value(void* cls, MHD_ValueKind kind, const char* key, const char* value) {
  auto* req = static_cast<httplib::Request*>(cls);
  if (kind == MHD_HEADER_KIND) req->headers.emplace(key, value ? value : "");
  else req->params.emplace(key, value ? value : "");
  return MHD_YES;
}

}  // namespace

struct HttpServer::Impl {
  HttpServer* owner;
  int listen_fd = -1;
  MHD_Daemon* daemon = nullptr;
  std::unique_ptr<WorkPool> pool, coders;
  std::mutex mu;  // conns, stopping
  std::condition_variable cv;
  std::set<Conn*> conns;
  bool stopping = false;
  std::thread watchdog;

  static MHD_Result on_access(void* cls, MHD_Connection* c, const char* url, const char* method, const char* version,
                              const char* data, size_t* size, void** state);
  static void on_connection(void* cls, MHD_Connection*, void** socket_ctx, MHD_ConnectionNotificationCode code);
  // The exchange is over: free it, and hand a large one's memory back to the
  // system (the allocator keeps freed memory otherwise: with glibc, 16 large
  // requests stayed at 3 GB resident).
  static void on_completed(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode) {
    auto* x = static_cast<Exchange*>(*state);
    const bool large = x && x->req.body.size() + x->res.body.size() > (1u << 20);
    delete x;
    *state = nullptr;
    if (large) give_back_free_memory();
  }

  static void give_back_free_memory() {
#ifdef KIZASHI_JEMALLOC
    // Every arena's unused pages, now rather than after jemalloc's decay time.
    const std::string purge = "arena." + std::to_string(MALLCTL_ARENAS_ALL) + ".purge";
    mallctl(purge.c_str(), nullptr, nullptr, nullptr, 0);
#else
    malloc_trim(0);
#endif
  }

  Exchange* begin(MHD_Connection* c, const char* url, const char* method, const char* version);
  void dispatch(MHD_Connection* c, Exchange* x);
  MHD_Result answer(MHD_Connection* c, Exchange* x);
  Conn* conn_of(MHD_Connection* c);
  void watch();
};

Exchange* HttpServer::Impl::begin(MHD_Connection* c, const char* url, const char* method, const char* version) {
  auto* x = new Exchange;
  x->req.method = method;
  x->req.path = url;
  x->req.version = version;
  MHD_get_connection_values(c, MHD_HEADER_KIND, add_value, &x->req);
  MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_value, &x->req);
  httplib::Response& res = x->res;
  const bool post = x->req.method == "POST";
  const bool head = x->req.method == "HEAD";
  if (x->req.has_header("Transfer-Encoding") && x->req.has_header("Content-Length")) {
    json_error(res, 400, "Transfer-Encoding and Content-Length together");
  } else if (!post && x->req.method != "GET" && !head) {
    json_error(res, 405, "method not allowed");
  } else if (post && std::strtoull(x->req.get_header_value("Content-Length").c_str(), nullptr, 10) > owner->limits_.max_body) {
    json_error(res, 413, "request body too large");
  } else if (owner->pre_routing_) {
    owner->pre_routing_(x->req, res);
  }
  if (res.status <= 0) {
    const std::string want = post ? "POST" : "GET";
    for (const auto& r : owner->routes_)
      if (r.method == want && std::regex_match(x->req.path, x->req.matches, r.pattern)) {
        x->handler = &r.handler;
        x->heavy = r.heavy;
        break;
      }
    if (!x->handler) json_error(res, 404, "not found");
  }
  x->early = res.status > 0;
  return x;
}

void HttpServer::Impl::dispatch(MHD_Connection* c, Exchange* x) {
  x->dispatched = true;
  Conn* conn = conn_of(c);
  if (conn) {
    std::lock_guard<std::mutex> lock(mu);
    conn->busy = true;
  }
  MHD_suspend_connection(c);
  bool queued = (x->heavy ? coders : pool)->submit([x, c] {
    try {
      (*x->handler)(x->req, x->res);
    } catch (const std::exception& e) {
      std::cerr << "kizashi serve: " << x->req.method << ' ' << x->req.path << ": " << e.what() << '\n';
      x->res = httplib::Response();
      json_error(x->res, 500, "internal error");
    }
    x->done = true;
    MHD_resume_connection(c);
  });
  if (!queued) {
    x->res = httplib::Response();
    json_error(x->res, 503, x->heavy ? "busy coding other requests, try again" : "busy, try again");
    x->done = true;
    MHD_resume_connection(c);
  }
}

MHD_Result HttpServer::Impl::answer(MHD_Connection* c, Exchange* x) {
  httplib::Response& res = x->res;
  MHD_Response* r =
      MHD_create_response_from_buffer(res.body.size(), const_cast<char*>(res.body.data()), MHD_RESPMEM_MUST_COPY);
  for (const auto& [k, v] : res.headers)
    if (!iequals(k, "Content-Length") && !iequals(k, "Connection")) MHD_add_response_header(r, k.c_str(), v.c_str());
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  if (x->early && x->req.method == "POST") MHD_add_response_header(r, "Connection", "close");  // body left unread
  MHD_Result ok = MHD_queue_response(c, res.status > 0 ? static_cast<unsigned>(res.status) : 200u, r);
  MHD_destroy_response(r);
  if (Conn* conn = conn_of(c)) {
    std::lock_guard<std::mutex> lock(mu);
    conn->busy = false;
    conn->since = Clock::now();
  }
  return ok;
}

MHD_Result HttpServer::Impl::on_access(void* cls, MHD_Connection* c, const char* url, const char* method,
                                       const char* version, const char* data, size_t* size, void** state) {
  auto* self = static_cast<Impl*>(cls);
  auto* x = static_cast<Exchange*>(*state);
  if (!x) {  // the headers
    *state = x = self->begin(c, url, method, version);
    return x->early ? self->answer(c, x) : MHD_YES;  // an early POST answer closes: its body stays unread
  }
  if (*size > 0) {  // a body chunk
    if (x->req.body.size() + *size > self->owner->limits_.max_body) {
      if (!x->early) json_error(x->res, 413, "request body too large");
      x->early = true;
      x->req.body = std::string();
    } else if (!x->early) {
      x->req.body.append(data, *size);
    }
    *size = 0;
    return MHD_YES;
  }
  if (x->early) return self->answer(c, x);  // the end
  if (!x->dispatched) {
    self->dispatch(c, x);
    return MHD_YES;
  }
  return x->done ? self->answer(c, x) : MHD_YES;
}

void HttpServer::Impl::on_connection(void* cls, MHD_Connection* c, void** socket_ctx,
                                     MHD_ConnectionNotificationCode code) {
  auto* self = static_cast<Impl*>(cls);
  std::lock_guard<std::mutex> lock(self->mu);
  if (code == MHD_CONNECTION_NOTIFY_STARTED) {
    auto* conn = new Conn;
    conn->fd = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD)->connect_fd;
    conn->since = Clock::now();
    self->conns.insert(conn);
    *socket_ctx = conn;
  } else {
    auto* conn = static_cast<Conn*>(*socket_ctx);
    self->conns.erase(conn);
    delete conn;
    *socket_ctx = nullptr;
  }
}

Conn* HttpServer::Impl::conn_of(MHD_Connection* c) {
  const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
  return info ? static_cast<Conn*>(info->socket_context) : nullptr;
}

// Every 200 ms: cut the connections whose request is overdue. shutdown(), not
// close(): MHD sees the end of the stream and closes the socket itself; the
// entry is erased (under mu) before MHD closes, so the fd is still ours.
void HttpServer::Impl::watch() {
  const auto deadline = std::chrono::seconds(owner->limits_.request_deadline_s);
  std::unique_lock<std::mutex> lock(mu);
  while (!cv.wait_for(lock, std::chrono::milliseconds(200), [this] { return stopping; })) {
    const auto now = Clock::now();
    for (Conn* conn : conns)
      if (!conn->busy && !conn->cut && now - conn->since > deadline) {
        shutdown(conn->fd, SHUT_RDWR);
        conn->cut = true;
      }
  }
}

HttpServer::HttpServer(HttpLimits limits) : limits_(limits), impl_(std::make_unique<Impl>()) { impl_->owner = this; }

HttpServer::~HttpServer() { stop(); }

void HttpServer::Get(const std::string& pattern, Handler h, bool heavy) {
  routes_.push_back({"GET", std::regex(pattern), std::move(h), heavy});
}
void HttpServer::Post(const std::string& pattern, Handler h, bool heavy) {
  routes_.push_back({"POST", std::regex(pattern), std::move(h), heavy});
}

int HttpServer::bind(const std::string& host, int port, std::string* why) {
  addrinfo hints{}, *found = nullptr;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  if (int e = getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found)) {
    *why = gai_strerror(e);
    return -1;
  }
  int fd = socket(found->ai_family, found->ai_socktype | SOCK_CLOEXEC, found->ai_protocol);
  int on = 1;
  if (fd >= 0) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  bool ok = fd >= 0 && ::bind(fd, found->ai_addr, found->ai_addrlen) == 0 && listen(fd, 1024) == 0;
  freeaddrinfo(found);
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (!ok || getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    *why = std::strerror(errno);
    if (fd >= 0) close(fd);
    return -1;
  }
  impl_->listen_fd = fd;
  return ntohs(addr.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port
                                          : reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
}

bool HttpServer::run() {
  Impl& m = *impl_;
  m.pool = std::make_unique<WorkPool>(limits_.workers, limits_.max_queued);
  m.coders = std::make_unique<WorkPool>(limits_.coders, limits_.coders);
  m.daemon = MHD_start_daemon(
      MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME, 0, nullptr, nullptr, &Impl::on_access,
      &m, MHD_OPTION_LISTEN_SOCKET, m.listen_fd, MHD_OPTION_THREAD_POOL_SIZE, limits_.io_threads,
      MHD_OPTION_CONNECTION_LIMIT, limits_.max_connections, MHD_OPTION_CONNECTION_TIMEOUT, limits_.request_deadline_s,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t{32 * 1024}, MHD_OPTION_UNESCAPE_CALLBACK, &unescape, nullptr,
      MHD_OPTION_NOTIFY_CONNECTION, &Impl::on_connection, &m, MHD_OPTION_NOTIFY_COMPLETED, &Impl::on_completed, nullptr,
      MHD_OPTION_END);
  if (!m.daemon) return false;
  m.watchdog = std::thread([&m] { m.watch(); });
  std::unique_lock<std::mutex> lock(m.mu);
  m.cv.wait(lock, [&m] { return m.stopping; });
  return true;
}

void HttpServer::stop() {
  Impl& m = *impl_;
  {
    std::lock_guard<std::mutex> lock(m.mu);
    if (m.stopping) return;
    m.stopping = true;
  }
  m.cv.notify_all();
  if (m.watchdog.joinable()) m.watchdog.join();
  m.pool.reset();
  m.coders.reset();
  if (m.daemon) MHD_stop_daemon(m.daemon);
  m.daemon = nullptr;
}

}  // namespace kizashi

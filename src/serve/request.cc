#include "serve/request.h"

#include <iostream>

#include "base/calendar.h"
#include "base/error.h"
#include "format/common.h"

namespace kizashi {

void reply(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json; charset=utf-8");
}

void error_reply(httplib::Response& res, int status, const std::string& message) {
  reply(res, status, json_text({{"error", message}}));
}

std::string param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : "";
}

std::string date_param(const httplib::Request& req, const char* name) {
  std::string d = param(req, name);
  if (!d.empty() && !valid_date(d)) throw BadRequest(400, std::string(name) + ": not a date (YYYY-MM-DD)");
  return d;
}

int64_t int_param(const httplib::Request& req, const char* name, int64_t fallback, int64_t lo, int64_t hi) {
  std::string v = param(req, name);
  if (v.empty()) return fallback;
  size_t used = 0;
  int64_t n = 0;
  try {
    n = std::stoll(v, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != v.size() || n < lo || n > hi)
    throw BadRequest(400, std::string(name) + ": want an integer from " + std::to_string(lo) + " to " + std::to_string(hi));
  return n;
}

std::string code_param(const httplib::Request& req, const char* name, bool star) {
  std::string v = param(req, name);
  for (size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (star && c == '*' && i + 1 == v.size());
    if (!ok || v.size() > 20) throw BadRequest(400, std::string(name) + ": not a code");
  }
  return v;
}

HttpServer::Handler guarded(ApiContext& ctx, Route route) {
  return [&ctx, route](const httplib::Request& req, httplib::Response& res) {
    try {
      route(ctx, req, res);
    } catch (const BadRequest& e) {
      error_reply(res, e.status, e.what());
    } catch (const InputError& e) {
      error_reply(res, 400, e.what());
    } catch (const std::exception& e) {
      std::cerr << "kizashi serve: " << req.method << ' ' << req.path << ": " << e.what() << '\n';
      error_reply(res, 500, "internal error");
    }
  };
}

}  // namespace kizashi

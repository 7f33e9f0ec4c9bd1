// serve/request — reading a request's parameters and writing JSON answers
// (internal to serve/).
//
// Contract: the *_param() readers return a parameter's value, "" (or the
// fallback) when it is absent, and throw BadRequest(400) naming the parameter
// when it is malformed. guarded() wraps a route handler so that every failure
// becomes a JSON {"error": message} answer: BadRequest with its status,
// InputError 400, anything else 500 with a generic message (the cause goes to
// stderr only).
#pragma once

#include <httplib.h>

#include <cstdint>
#include <stdexcept>
#include <string>

#include "serve/http_server.h"

namespace kizashi {

struct ApiContext;

struct BadRequest : std::runtime_error {
  int status;
  BadRequest(int s, const std::string& m) : std::runtime_error(m), status(s) {}
};

void reply(httplib::Response& res, int status, const std::string& body);
void error_reply(httplib::Response& res, int status, const std::string& message);

std::string param(const httplib::Request& req, const char* name);
std::string date_param(const httplib::Request& req, const char* name);  // YYYY-MM-DD
int64_t int_param(const httplib::Request& req, const char* name, int64_t fallback, int64_t lo, int64_t hi);
// Actor codes and code prefixes: capital letters and digits (and a final '*' when `star`).
std::string code_param(const httplib::Request& req, const char* name, bool star = false);

using Route = void (*)(ApiContext& ctx, const httplib::Request& req, httplib::Response& res);
HttpServer::Handler guarded(ApiContext& ctx, Route route);

}  // namespace kizashi

// serve/policy — who may talk to `kizashi serve` (the pre-routing check).
//
// Contract: refuse() fills `res` with a JSON error when a request breaks the
// policy, and leaves it alone otherwise:
//  - 421 when the Host header is not one of the allowed names with the
//    server's port (127.0.0.1, localhost, [::1] and the --bind value), or is
//    missing: a page loaded from another name (DNS rebinding) reads nothing;
//  - 415 for a POST whose Content-Type is not application/json (a cross-site
//    form or text/plain POST, which browsers send without a preflight);
//  - 401 for a POST without the token (X-Kizashi-Token: TOKEN or
//    Authorization: Bearer TOKEN), unless `open` (then only POST
//    /api/documents, which stores, still needs it).
// The token is compared in constant time. new_token() gives 32 hex digits
// from /dev/urandom.
#pragma once

#include <httplib.h>

#include <string>
#include <vector>

namespace kizashi {

struct Policy {
  std::vector<std::string> hosts;  // "name:port", lower case
  std::string token;
  bool open = false;

  static Policy for_server(const std::string& bind, int port, std::string token, bool open);
  void refuse(const httplib::Request& req, httplib::Response& res) const;
  bool has_token(const httplib::Request& req) const;
};

std::string new_token();

}  // namespace kizashi

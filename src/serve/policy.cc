#include "serve/policy.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace kizashi {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool same_secret(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

void refuse_with(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content("{\"error\":\"" + message + "\"}", "application/json; charset=utf-8");
}

}  // namespace

Policy Policy::for_server(const std::string& bind, int port, std::string token, bool open) {
  Policy p;
  const std::string suffix = ":" + std::to_string(port);
  std::string own = lower(bind);
  if (own.find(':') != std::string::npos && own.front() != '[') own = "[" + own + "]";  // an IPv6 address
  for (const std::string& name : {std::string("127.0.0.1"), std::string("localhost"), std::string("[::1]"), own})
    p.hosts.push_back(name + suffix);
  p.token = std::move(token);
  p.open = open;
  return p;
}

bool Policy::has_token(const httplib::Request& req) const {
  const std::string bearer = req.get_header_value("Authorization");
  if (bearer.rfind("Bearer ", 0) == 0 && same_secret(bearer.substr(7), token)) return true;
  return same_secret(req.get_header_value("X-Kizashi-Token"), token);
}

void Policy::refuse(const httplib::Request& req, httplib::Response& res) const {
  const std::string host = lower(req.get_header_value("Host"));
  if (std::find(hosts.begin(), hosts.end(), host) == hosts.end())
    return refuse_with(res, 421, "Host not allowed (use 127.0.0.1, localhost or the --bind address)");
  if (req.method != "POST") return;
  const std::string type = lower(req.get_header_value("Content-Type"));
  const std::string media = type.substr(0, type.find(';'));
  if (media.find_first_not_of(" ") == std::string::npos ||
      media.substr(0, media.find_last_not_of(' ') + 1) != "application/json")
    return refuse_with(res, 415, "Content-Type must be application/json");
  if ((!open || req.path == "/api/documents") && !has_token(req))
    return refuse_with(res, 401, "a valid token is needed (X-Kizashi-Token: TOKEN or Authorization: Bearer TOKEN)");
}

std::string new_token() {
  std::ifstream random("/dev/urandom", std::ios::binary);
  unsigned char bytes[16];
  if (!random.read(reinterpret_cast<char*>(bytes), sizeof bytes)) throw std::runtime_error("/dev/urandom: cannot read");
  static const char* hex = "0123456789abcdef";
  std::string token;
  for (unsigned char b : bytes) {
    token += hex[b >> 4];
    token += hex[b & 15];
  }
  return token;
}

}  // namespace kizashi

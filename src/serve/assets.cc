#include "serve/assets.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kizashi {

namespace fs = std::filesystem;

bool Assets::valid_name(const std::string& name) {
  if (name.empty() || name.size() > 100 || name.front() == '.') return false;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
              c == '-';
    if (!ok) return false;
  }
  return name.find("..") == std::string::npos;
}

Assets Assets::load(const std::string& dir) {
  Assets a;
  a.dir_ = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw std::runtime_error(dir + ": no dashboard folder (build it with scripts/web.sh, or pass --web DIR)");
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || !valid_name(name) || name.ends_with(".map")) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof()) throw std::runtime_error(entry.path().string() + ": cannot read");
    a.files_[name] = bytes.str();
  }
  if (ec) throw std::runtime_error(dir + ": " + ec.message());
  if (!a.find("index.html")) throw std::runtime_error(dir + ": no index.html (build it with scripts/web.sh)");
  return a;
}

const std::string* Assets::find(const std::string& name) const {
  auto it = files_.find(name);
  return it == files_.end() ? nullptr : &it->second;
}

const char* Assets::mime_type(const std::string& name) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".json") || ends(".map")) return "application/json; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  if (ends(".woff2")) return "font/woff2";
  return "application/octet-stream";
}

namespace {

void send(httplib::Response& res, const std::string& name, const std::string& body) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                 "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'");
  res.set_header("Cache-Control", "no-cache");  // a rebuilt dashboard shows after a restart
  res.set_content(body, Assets::mime_type(name));
}

// index.html with the token in a <meta> element right after <head>.
std::string with_token(std::string html, const std::string& token) {
  const size_t head = html.find("<head>");
  if (head != std::string::npos) html.insert(head + 6, "\n  <meta name=\"kizashi-token\" content=\"" + token + "\">");
  return html;
}

}  // namespace

void install_assets(HttpServer& svr, const Assets& assets, const std::string& token) {
  svr.Get("/", [index = with_token(*assets.find("index.html"), token)](const httplib::Request&, httplib::Response& res) {
    send(res, "index.html", index);
  });
  svr.Get(R"(/assets/([^/]{1,100}))", [&assets](const httplib::Request& req, httplib::Response& res) {
    const std::string name = req.matches[1];
    const std::string* body = Assets::valid_name(name) ? assets.find(name) : nullptr;
    if (!body) {
      res.status = 404;
      res.set_content("{\"error\":\"not found\"}", "application/json; charset=utf-8");
      return;
    }
    send(res, name, *body);
  });
}

}  // namespace kizashi

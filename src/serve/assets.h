// serve/assets — the dashboard's static files, served from memory.
//
// Contract: Assets::load(dir) reads every regular file directly inside `dir`
// (the bundled web/dist folder: index.html, app.js, app.css, fonts...) once, at
// start-up, and keeps name → bytes. Requests never reach the file system:
// GET / answers index.html and GET /assets/NAME answers a loaded file whose
// name is [A-Za-z0-9._-]+ (no '/', no "..", so no path can leave the folder).
// Source maps (*.map) are not loaded, so not served. index.html is answered
// with the server's token in <meta name="kizashi-token"> after <head>: the
// dashboard sends it with its POSTs, and only a page from this server's own
// origin (Host checked, serve/policy.h) can read it.
// Anything else is 404. Responses carry a Content-Security-Policy that allows
// only same-origin scripts, styles and connections (the page works offline and
// loads nothing from a CDN).
#pragma once

#include <map>
#include <string>

#include "serve/http_server.h"

namespace kizashi {

class Assets {
 public:
  // Throws std::runtime_error naming the folder when it or its index.html is missing.
  static Assets load(const std::string& dir);

  // A file by its bare name, or nullptr.
  const std::string* find(const std::string& name) const;
  const std::string& dir() const { return dir_; }

  static const char* mime_type(const std::string& name);
  static bool valid_name(const std::string& name);

 private:
  std::string dir_;
  std::map<std::string, std::string> files_;
};

// Registers GET / and GET /assets/NAME. `assets` must outlive the server.
void install_assets(HttpServer& server, const Assets& assets, const std::string& token);

}  // namespace kizashi

#include "cli/ingest_inputs.h"

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <regex>

#include "actors/dictionary.h"
#include "base/calendar.h"
#include "base/error.h"
#include "ingest/reader.h"

namespace kizashi {

namespace fs = std::filesystem;

namespace {

bool is_jsonl(const std::string& path) {
  auto ends = [&](const char* ext) {
    std::string e = ext;
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  return ends(".jsonl") || ends(".ndjson");
}

std::string field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<int64_t>());
  throw std::invalid_argument(std::string("\"") + key + "\" is not a string");
}

// A JSONL "date": YYYY-MM-DD, optionally followed by an ISO 8601 / RFC 3339
// time ("T08:00", "T08:00:00.123Z", " 08:00:00+09:00"); the day is what counts.
bool valid_jsonl_date(const std::string& date) {
  static const std::regex kTime(R"([T ]([01]\d|2[0-3]):[0-5]\d(:([0-5]\d|60)(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)");
  return valid_date(date.substr(0, 10)) && (date.size() == 10 || std::regex_match(date.substr(10), kTime));
}

}  // namespace

// The files under `dir`, sorted, and one error entry for each thing in the
// tree that cannot be read: an unreadable directory or entry, a symlink that
// loops (ELOOP) or dangles, a directory symlink leading back to a directory
// being walked, a FIFO, socket or device. Symlinks to directories are
// followed; a directory reached twice is walked once.
void IngestInputs::walk(const std::string& dir) {
  std::vector<Input> found;
  std::vector<std::pair<DirId, std::string>> open;  // the directories being walked, root first
  walk_dir(dir, found, open);
  std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  files_.insert(files_.end(), found.begin(), found.end());
}

void IngestInputs::walk_dir(const std::string& dir, std::vector<Input>& found,
                            std::vector<std::pair<DirId, std::string>>& open) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    found.push_back({dir, dir + ": cannot read: " + std::strerror(errno)});
    return;
  }
  DirId id{st.st_dev, st.st_ino};
  for (const auto& [o, name] : open)
    if (o == id) {
      found.push_back({dir, dir + ": symbolic link loop (leads back to " + name + "), not followed"});
      return;
    }
  if (!walked_.insert(id).second) return;  // reached before through another link: already listed
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    found.push_back({dir, dir + ": cannot read directory: " + ec.message()});
    return;
  }
  open.emplace_back(id, dir);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string path = it->path().string(), name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') continue;  // hidden
    if (::stat(path.c_str(), &st) != 0) found.push_back({path, path + ": cannot read: " + std::strerror(errno)});
    else if (S_ISDIR(st.st_mode)) walk_dir(path, found, open);
    else if (S_ISREG(st.st_mode)) found.push_back({path, ""});
    else found.push_back({path, path + ": not a regular file (FIFO, socket or device)"});
  }
  if (ec) found.push_back({dir, dir + ": cannot read directory: " + ec.message()});
  open.pop_back();
}

IngestInputs::IngestInputs(const std::vector<std::string>& args) {
  for (const auto& a : args) {
    struct stat st {};
    if (a == "-") files_.push_back({a, ""});
    else if (::stat(a.c_str(), &st) != 0) files_.push_back({a, a + ": cannot read: " + std::strerror(errno)});
    else if (S_ISDIR(st.st_mode)) walk(a);
    else files_.push_back({a, ""});
  }
  for (const auto& f : files_) {
    if (f.path == "-") {
      total_bytes_ = 0;
      break;
    }
    std::error_code ec;
    if (f.error.empty()) total_bytes_ += fs::file_size(f.path, ec);
  }
}

bool IngestInputs::next(IngestItem& item) {
  for (;;) {
    if (in_) {
      if (next_line(item)) return true;
      owned_.reset();
      in_ = nullptr;
      continue;
    }
    if (file_ >= files_.size()) return false;
    const Input& input = files_[file_++];
    const std::string& f = input.path;
    if (!input.error.empty()) {
      item = IngestItem{};
      item.name = item.where = f;
      item.error = input.error;
      return true;
    }
    bool jsonl = is_jsonl(f);
    if (f == "-") {
      int c = std::cin.peek();
      while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        std::cin.get();
        c = std::cin.peek();
      }
      jsonl = c == '{';
    }
    if (!jsonl) {
      item = IngestItem{};
      item.name = f;
      item.where = f;
      item.path = f;
      std::error_code ec;
      item.bytes = f == "-" ? 0 : fs::file_size(f, ec);
      return true;
    }
    jsonl_name_ = f == "-" ? "-" : f;
    line_ = 0;
    if (f == "-") {
      in_ = &std::cin;
    } else {
      auto file = std::make_unique<std::ifstream>(f, std::ios::binary);
      if (!*file) {
        item = IngestItem{};
        item.name = item.where = f;
        item.error = f + ": cannot read: " + std::strerror(errno);
        return true;
      }
      in_ = file.get();
      owned_ = std::move(file);
    }
  }
}

bool IngestInputs::next_line(IngestItem& item) {
  std::string line;
  for (;;) {
    errno = 0;
    if (!std::getline(*in_, line)) {
      if (!in_->bad()) return false;
      // A read error: the rest of the file is lost, which must be said.
      item = IngestItem{};
      item.name = item.where = jsonl_name_;
      item.error = jsonl_name_ + ": line " + std::to_string(line_ + 1) + ": read error" +
                   (errno ? std::string(": ") + std::strerror(errno) : std::string()) + "; the rest of the file is not read";
      owned_.reset();
      in_ = nullptr;
      return true;
    }
    ++line_;
    if (line.find_first_not_of(" \t\r") != std::string::npos) break;
  }
  item = IngestItem{};
  item.from_jsonl = true;
  item.bytes = line.size() + 1;
  const std::string where = jsonl_name_ + ": line " + std::to_string(line_);
  item.where = where;
  item.name = jsonl_name_ + ":" + std::to_string(line_);
  if (line.size() > kMaxFileBytes) {
    item.error = where + ": line longer than " + std::to_string(kMaxFileBytes >> 20) + " MiB";
    return true;
  }
  auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded()) {
    item.error = where + ": not valid JSON";
    return true;
  }
  if (!j.is_object()) {
    item.error = where + ": not a JSON object";
    return true;
  }
  try {
    std::string text = field(j, "text"), title = field(j, "title");
    item.meta.ext_id = field(j, "id");
    item.meta.url = field(j, "url");
    item.meta.title = title;
    if (item.meta.ext_id.empty()) item.meta.ext_id = item.meta.url;
    if (!item.meta.ext_id.empty()) item.name = item.meta.ext_id;
    std::string date = field(j, "date");
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      item.error = where + ": no \"text\"";
      return true;
    }
    if (!date.empty()) {
      // "2024-10-19", "2024-10-19T08:00:00Z" and "2024-10-19 08:00" all give the day.
      if (!valid_jsonl_date(date)) {
        item.error = where + ": \"date\" '" + printable(date) + "' is not a date (YYYY-MM-DD or an ISO 8601 date and time)";
        return true;
      }
      item.date = date.substr(0, 10);
    }
    item.body = title.empty() ? text : title + "\n\n" + text;
  } catch (const std::exception& e) {
    item.error = where + ": " + e.what();
  }
  return true;
}

}  // namespace kizashi

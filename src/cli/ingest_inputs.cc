#include "cli/ingest_inputs.h"

#include <nlohmann/json.hpp>

#include <algorithm>
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

IngestInputs::IngestInputs(const std::vector<std::string>& args) {
  for (const auto& a : args) {
    if (a == "-") {
      files_.push_back(a);
      continue;
    }
    std::error_code ec;
    auto st = fs::status(a, ec);
    if (ec || !fs::exists(st)) throw InputError(a + ": no such file or directory");
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(a, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) found.push_back(it->path().string());
      }
      if (ec) throw InputError(a + ": " + ec.message());
      std::sort(found.begin(), found.end());
      files_.insert(files_.end(), found.begin(), found.end());
    } else {
      files_.push_back(a);
    }
  }
  for (const auto& f : files_) {
    std::error_code ec;
    if (f != "-") total_bytes_ += fs::file_size(f, ec);
    if (f == "-") {
      total_bytes_ = 0;
      break;
    }
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
    const std::string f = files_[file_++];
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
      if (!*file) throw InputError(f + ": cannot read");
      in_ = file.get();
      owned_ = std::move(file);
    }
  }
}

bool IngestInputs::next_line(IngestItem& item) {
  std::string line;
  for (;;) {
    if (!std::getline(*in_, line)) return false;
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

// cli/ingest_inputs — turns `kizashi ingest` arguments into work items:
// files, directories (recursively, sorted, hidden entries skipped) and JSONL
// files (*.jsonl, *.ndjson, or standard input starting with '{'), one article
// per line: {"id", "url", "date", "title", "text"}.
//
// Contract: next() yields items in a fixed order. A JSONL line that is not an
// object with a non-empty "text" string (or has a bad "date") yields an item
// whose `error` names the file and line; callers skip it (or stop, --strict).
// Every error about a JSONL record names it by `where` ("FILE: line N"),
// never by its id; values from the input are echoed through printable().
#pragma once

#include <cstdint>
#include <fstream>
#include <sys/types.h>

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"

namespace kizashi {

struct IngestItem {
  std::string name;      // document name: file path, JSONL id, or FILE:LINE
  std::string where;     // what its errors name: the file path, or "FILE: line N"
  std::string path;      // file to read ("" when `body` holds the text)
  std::string body;      // JSONL: title + text
  bool from_jsonl = false;
  DocumentMeta meta;
  std::string date;      // from the JSONL line ("" = --date / from the text)
  std::string error;     // a bad JSONL line ("FILE: line N: ..."), an unreadable input ("PATH: ...")
  uint64_t bytes = 0;    // input bytes this item accounts for (progress)
};

class IngestInputs {
 public:
  // Expands directories. Nothing that cannot be read is dropped or ends the
  // walk: a missing path, an unreadable file or directory, a symlink loop
  // becomes an item with an `error` ("PATH: reason") in its place.
  explicit IngestInputs(const std::vector<std::string>& args);
  // Never throws for an input: read errors (a JSONL file that cannot be
  // opened or fails mid-way) are items with an `error`.
  bool next(IngestItem& item);
  uint64_t total_bytes() const { return total_bytes_; }  // 0 = unknown (stdin)

  struct Input {
    std::string path, error;  // error: the input cannot be read ("PATH: reason")
  };
  // The files the arguments name, directories expanded (`kizashi code` reads
  // each as one document).
  const std::vector<Input>& files() const { return files_; }

 private:
  using DirId = std::pair<dev_t, ino_t>;
  void walk(const std::string& dir);
  void walk_dir(const std::string& dir, std::vector<Input>& found, std::vector<std::pair<DirId, std::string>>& open);
  bool next_line(IngestItem& item);
  std::set<DirId> walked_;
  std::vector<Input> files_;
  size_t file_ = 0;
  uint64_t total_bytes_ = 0;
  // the JSONL file being read
  std::unique_ptr<std::istream> owned_;
  std::istream* in_ = nullptr;
  std::string jsonl_name_;
  int64_t line_ = 0;
};

}  // namespace kizashi

#include "ingest/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "base/error.h"
#include "ingest/encoding.h"
#include "ingest/html.h"
#include "ingest/normalize.h"

namespace kizashi {

std::string document_too_large(const std::string& name, size_t bytes, size_t max_bytes) {
  return name + ": document of " + std::to_string(bytes) + " bytes is larger than the limit of " +
         std::to_string(max_bytes) + " bytes (--max-document-bytes); not coded";
}

std::string read_bytes(const std::string& path, size_t max_bytes) {
  max_bytes = std::min(max_bytes, kMaxFileBytes);
  std::string out;
  if (path == "-") {
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
      out.append(buf, n);
      if (out.size() > max_bytes) throw InputError(document_too_large("-", out.size(), max_bytes));
    }
    if (std::ferror(stdin)) throw InputError("-: byte " + std::to_string(out.size()) + ": read error");
    return out;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(path + ": cannot open: " + std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw InputError(path + ": cannot open: " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw InputError(path + ": is a directory");
  if (static_cast<size_t>(st.st_size) > max_bytes)
    throw InputError(document_too_large(path, static_cast<size_t>(st.st_size), max_bytes));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw InputError(path + ": byte " + std::to_string(out.size()) + ": read error: " + std::strerror(errno));
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
    if (out.size() > max_bytes) throw InputError(document_too_large(path, out.size(), max_bytes));
  }
  return out;
}

namespace {

void check_line_lengths(const std::string& name, const std::string& text) {
  size_t line = 1, start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (i - start > kMaxLineBytes)
        throw InputError(name + ": line " + std::to_string(line) + ": line longer than " +
                         std::to_string(kMaxLineBytes) + " bytes");
      ++line;
      start = i + 1;
    }
  }
}

}  // namespace

Document make_document(const std::string& name, const std::string& bytes,
                       const Boilerplate& boilerplate, size_t max_bytes) {
  Document doc;
  doc.name = name;
  if (bytes.empty()) throw InputError(name + ": empty input");
  max_bytes = std::min(max_bytes, kMaxFileBytes);
  if (bytes.size() > max_bytes) throw InputError(document_too_large(name, bytes.size(), max_bytes));
  doc.raw = to_utf8(name, bytes, doc.notes);
  bool html = looks_like_html(doc.raw);
  std::string text = html ? html_to_text(doc.raw) : doc.raw;
  if (html) doc.notes.push_back("html: markup removed");
  check_line_lengths(name, text);
  doc.text = boilerplate.clean(nfkc(text), doc.notes);
  bool any = false;
  for (char c : doc.text)
    if (!std::isspace(static_cast<unsigned char>(c))) { any = true; break; }
  if (!any) throw InputError(name + ": no text after removing markup and boilerplate");
  return doc;
}

}  // namespace kizashi

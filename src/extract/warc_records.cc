// RecordReader (dyad/warc.h): WARC records from a plain or gzip stream,
// with a bounded buffer and resynchronisation after a broken record.

#include <cstring>

#include "dyad/extract.h"
#include "dyad/warc.h"
#include "extract/gzip_stream.h"
#include "util/strings.h"

namespace dyad::warc {
namespace {

constexpr std::size_t kMaxHeaderLine = 64u << 10;
constexpr int kMaxHeaderLines = 256;

bool StartsRecord(std::string_view line) { return line.rfind("WARC/1.", 0) == 0; }

std::string_view StripCr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

struct RecordReader::State {
  State(std::istream& in, std::string n, std::size_t max)
      : gz(in), name(std::move(n)), max_bytes(max) {}

  extract::GzipStream gz;
  std::string name;
  std::size_t max_bytes;
  std::string buf;  // decompressed, not yet consumed from pos
  std::size_t pos = 0;
  std::uint64_t offset = 0;  // uncompressed offset of buf[pos]
  std::string gz_error;      // a break in the compressed stream, not yet reported
  std::string pending_line;  // a "WARC/1.x" line found while resynchronising
  bool has_pending = false;
  bool at_end = false;

  bool Fill() {
    if (at_end) return false;
    if (pos > 0) {
      buf.erase(0, pos);
      pos = 0;
    }
    char block[1 << 16];
    const std::size_t got = gz.Read(block, sizeof block);
    if (std::string e = gz.TakeError(); !e.empty() && gz_error.empty()) gz_error = e;
    if (got == 0) {
      at_end = true;
      return false;
    }
    buf.append(block, got);
    return true;
  }

  // The next line, without its "\n" (at most kMaxHeaderLine bytes kept);
  // false at the end with nothing read.
  bool ReadLine(std::string* line) {
    line->clear();
    if (has_pending) {
      has_pending = false;
      *line = std::move(pending_line);
      return true;
    }
    bool any = false;
    for (;;) {
      const std::size_t nl = buf.find('\n', pos);
      const std::size_t end = nl == std::string::npos ? buf.size() : nl;
      if (end > pos) any = true;
      if (line->size() < kMaxHeaderLine)
        line->append(buf, pos, std::min(end - pos, kMaxHeaderLine - line->size()));
      offset += end - pos;
      pos = end;
      if (nl != std::string::npos) {
        ++pos;
        ++offset;
        return true;
      }
      if (!Fill()) return any;
    }
  }

  // Reads `n` bytes into `out` (when not null); returns how many there were.
  std::uint64_t ReadBytes(std::uint64_t n, std::string* out) {
    std::uint64_t done = 0;
    while (done < n) {
      if (pos == buf.size() && !Fill()) break;
      const std::size_t take =
          static_cast<std::size_t>(std::min<std::uint64_t>(n - done, buf.size() - pos));
      if (out) out->append(buf, pos, take);
      pos += take;
      offset += take;
      done += take;
    }
    return done;
  }

  // Puts `data` back in front of what is left to read.
  void Unread(std::string_view data) {
    buf.insert(pos, data);
    offset -= data.size();
  }

  // Reads on to the next line that starts a record, and keeps it for the
  // next ReadLine.
  void Resync() {
    std::string line;
    while (ReadLine(&line)) {
      if (StartsRecord(line)) {
        pending_offset = offset - (line.size() + 1);  // the record starts there
        pending_line = std::move(line);
        has_pending = true;
        return;
      }
    }
  }
  std::uint64_t pending_offset = 0;

  Status Broken(std::uint64_t at, const std::string& why) {
    std::string msg = name + ": record at offset " + std::to_string(at) + ": " + why;
    if (!gz_error.empty()) msg += " (" + gz_error + ")";
    gz_error.clear();
    Resync();
    return Status::Corruption(msg + "; skipped");
  }
};

RecordReader::RecordReader(std::istream& in, std::string name, std::size_t max)
    : state_(std::make_unique<State>(in, std::move(name), max)) {}

RecordReader::~RecordReader() = default;

std::uint64_t RecordReader::bytes_read() const { return state_->gz.bytes_in(); }

Result<bool> RecordReader::Next(Record* record) {
  State& s = *state_;
  *record = Record();
  std::string line;
  std::uint64_t start = 0;
  do {
    start = s.has_pending ? s.pending_offset : s.offset;
    if (!s.ReadLine(&line)) {
      if (!s.gz_error.empty()) {
        const std::string e = s.gz_error;
        s.gz_error.clear();
        return Status::Corruption(s.name + ": at offset " + std::to_string(s.offset) +
                                  ": " + e);
      }
      return false;
    }
  } while (Trim(line).empty());
  record->offset = start;
  if (!StartsRecord(line))
    return s.Broken(start, "expected a WARC/1.0 or WARC/1.1 line, found \"" +
                               std::string(StripCr(line).substr(0, 40)) + "\"");
  std::string length_text;
  bool has_length = false;
  for (int n = 0;; ++n) {
    if (n > kMaxHeaderLines) return s.Broken(start, "more than 256 header lines");
    if (!s.ReadLine(&line)) return s.Broken(start, "the file ends inside its header");
    const std::string_view h = StripCr(line);
    if (h.empty()) break;
    const std::size_t colon = h.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = AsciiLower(Trim(h.substr(0, colon)));
    const std::string value(Trim(h.substr(colon + 1)));
    if (key == "warc-type") record->type = value;
    if (key == "warc-target-uri") record->target_uri = value;
    if (key == "warc-date") record->date = extract::ParseLooseDate(value);
    if (key == "content-type") record->content_type = value;
    if (key == "content-length") {
      length_text = value;
      has_length = true;
    }
  }
  // Strip the <> that WARC/1.1's grammar let some writers put around URIs.
  if (record->target_uri.size() >= 2 && record->target_uri.front() == '<' &&
      record->target_uri.back() == '>')
    record->target_uri = record->target_uri.substr(1, record->target_uri.size() - 2);
  std::uint64_t length = 0;
  bool digits = has_length && !length_text.empty() && length_text.size() <= 15;
  for (char c : length_text) digits = digits && IsAsciiDigit(c);
  if (!digits)
    return s.Broken(
        start, has_length ? "bad Content-Length \"" + length_text.substr(0, 40) + "\""
                          : "no Content-Length");
  for (char c : length_text) length = length * 10 + static_cast<std::uint64_t>(c - '0');
  record->length = length;
  record->too_long = length > s.max_bytes;
  const std::uint64_t got =
      s.ReadBytes(length, record->too_long ? nullptr : &record->block);
  if (got < length) {
    // A length past the end: records swallowed by it are read again.
    if (const std::size_t at = record->block.find("\nWARC/1."); at != std::string::npos)
      s.Unread(std::string_view(record->block).substr(at + 1));
    return s.Broken(start, "Content-Length is " + std::to_string(length) +
                               " but the file ends after " + std::to_string(got) +
                               " bytes of its block");
  }
  // The block is followed by two CRLFs; anything else means a wrong length.
  std::string first, second;
  const bool had_first = s.ReadLine(&first);
  const bool had_second = had_first && StripCr(first).empty() && s.ReadLine(&second);
  const bool ended_well = s.gz_error.empty() && (!had_first || StripCr(first).empty());
  if (!ended_well) {
    // Put back what was read past the block, and what of the block follows
    // a record line, so that the next record is found.
    std::string back;
    if (const std::size_t at = record->block.find("\nWARC/1."); at != std::string::npos)
      back = record->block.substr(at + 1);
    if (had_first) back += first + "\n";
    if (had_second) back += second + "\n";
    s.Unread(back);
    const std::string why = s.gz_error.empty()
                                ? "its block of " + std::to_string(length) +
                                      " bytes (Content-Length) is not followed by a "
                                      "blank line: a wrong length"
                                : "its data is broken";
    return s.Broken(start, why);
  }
  if (had_second && !StripCr(second).empty()) s.Unread(second + "\n");
  return true;
}

}  // namespace dyad::warc

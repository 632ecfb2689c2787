#include "base/serial.h"

#include <bit>

namespace medcareer::serial {

namespace {

// Changes whenever the layout of a blob changes; a blob of another version is refused.
constexpr std::string_view kMagic = "medcareer-data-1\n";

void put_unsigned(std::string& out, std::uint64_t value) {
  // Seven bits a byte, low first; the high bit says another byte follows.
  while (value >= 0x80) {
    out += static_cast<char>((value & 0x7f) | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}

void put_text(std::string& out, std::string_view value) {
  put_unsigned(out, value.size());
  out += value;
}

}  // namespace

void Writer::unsigned_number(std::uint64_t value) {
  put_unsigned(body_, value);
}

void Writer::signed_number(std::int64_t value) {
  // Zigzag, so that small negative numbers take one byte too.
  const auto bits = static_cast<std::uint64_t>(value);
  put_unsigned(body_, value < 0 ? ~(bits << 1) : bits << 1);
}

void Writer::real(double value) {
  // The bit pattern, so a number reads back exactly as it was.
  auto bits = std::bit_cast<std::uint64_t>(value);
  for (int i = 0; i < 8; ++i, bits >>= 8) body_ += static_cast<char>(bits & 0xff);
}

void Writer::text(std::string_view value) {
  put_text(body_, value);
}

void Writer::path(const std::string& value) {
  auto [it, added] = path_index_.try_emplace(value, paths_.size());
  if (added) paths_.push_back(value);
  put_unsigned(body_, it->second);
}

std::string Writer::finish() const {
  std::string out(kMagic);
  put_unsigned(out, paths_.size());
  for (const auto& p : paths_) put_text(out, p);
  return out + body_;
}

Reader::Reader(std::string_view blob, const std::map<std::string, std::string>& renames)
    : blob_(blob) {
  if (blob_.substr(0, kMagic.size()) != kMagic) corrupt("no header");
  at_ = kMagic.size();
  const std::size_t n = count();
  paths_.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string p = text();
    auto renamed = renames.find(p);
    if (renamed != renames.end()) p = renamed->second;
    paths_.push_back(std::move(p));
  }
}

void Reader::corrupt(const std::string& what) const {
  fail({"<compiled data>", 0, 0},
       "the compiled data is corrupt: " + what + " at byte " + std::to_string(at_));
}

unsigned char Reader::byte() {
  if (at_ >= blob_.size()) corrupt("it ends early");
  return static_cast<unsigned char>(blob_[at_++]);
}

std::uint64_t Reader::unsigned_number(std::uint64_t max) {
  std::uint64_t value = 0;
  for (int shift = 0;; shift += 7) {
    const unsigned char b = byte();
    const std::uint64_t part = b & 0x7fU;
    if (shift == 63 ? part > 1 : shift > 63) corrupt("a number is too long");
    value |= part << shift;
    if ((b & 0x80U) == 0) break;
  }
  if (value > max) corrupt("a number is out of range");
  return value;
}

std::int64_t Reader::signed_number(std::int64_t min, std::int64_t max) {
  const std::uint64_t bits = unsigned_number();
  const auto value = static_cast<std::int64_t>((bits & 1U) != 0 ? ~(bits >> 1) : bits >> 1);
  if (value < min || value > max) corrupt("a number is out of range");
  return value;
}

double Reader::real() {
  std::uint64_t bits = 0;
  for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(byte()) << (8 * i);
  return std::bit_cast<double>(bits);
}

std::string Reader::text() {
  const std::uint64_t n = unsigned_number();
  if (n > blob_.size() - at_) corrupt("a text runs past the end");
  std::string out(blob_.substr(at_, static_cast<std::size_t>(n)));
  at_ += static_cast<std::size_t>(n);
  return out;
}

const std::string& Reader::path() {
  if (paths_.empty()) corrupt("a path without a path table");
  return paths_[static_cast<std::size_t>(unsigned_number(paths_.size() - 1))];
}

std::size_t Reader::count() {
  return static_cast<std::size_t>(unsigned_number(blob_.size() - at_));
}

void Reader::finish() const {
  if (at_ != blob_.size()) corrupt("bytes are left over");
}

}  // namespace medcareer::serial

// A compact binary form of plain data structs, for the defaults that the build loads and
// checks once (medcareer-compile-data) so that a start needs no YAML parser. One field list
// per struct, `Fields<T>::list`, a tuple of pointers to its members, serves both writing and
// reading, so the two cannot drift apart. Handles strings, numbers, bools, enums (each with
// its last value in `EnumLast<E>`, so a corrupt value is refused), optionals, vectors, maps,
// pairs, nested structs and Positions, whose paths go through one table that the reader can
// rename (the same files found in another folder). A truncated or corrupt blob is an
// ErrorException, never a read past its end.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "medcareer/error.h"

namespace medcareer::serial {

// Specialized for each struct: `static constexpr auto list = std::tuple{&T::a, &T::b};`.
template <class T>
struct Fields;

// Specialized for each enum: `static constexpr E value = E::last_one;`.
template <class E>
struct EnumLast;

// A string member that holds a file's path, stored through the path table like a Position's.
template <class C>
struct PathField {
  std::string C::*member;
};

template <class T>
concept HasFields = requires {
  Fields<T>::list;
};

template <>
struct Fields<Position> {
  static constexpr auto list =
      std::tuple{PathField<Position>{&Position::path}, &Position::line, &Position::column};
};

class Writer {
 public:
  void unsigned_number(std::uint64_t value);
  void signed_number(std::int64_t value);
  void real(double value);
  void text(std::string_view value);
  void path(const std::string& value);
  // The blob: a header, the path table, then everything written.
  std::string finish() const;

 private:
  std::string body_;
  std::map<std::string, std::uint64_t> path_index_;
  std::vector<std::string> paths_;
};

class Reader {
 public:
  // Reads the header and the path table; a path found in `renames` reads as its value.
  Reader(std::string_view blob, const std::map<std::string, std::string>& renames);

  std::uint64_t unsigned_number(std::uint64_t max = UINT64_MAX);
  std::int64_t signed_number(std::int64_t min, std::int64_t max);
  double real();
  std::string text();
  const std::string& path();
  // The number of elements of a list or map that follows: each takes at least one byte,
  // so a corrupt count cannot ask for more memory than the blob is long.
  std::size_t count();
  // Refuses bytes left over after the value.
  void finish() const;

 private:
  [[noreturn]] void corrupt(const std::string& what) const;
  unsigned char byte();

  std::string_view blob_;
  std::size_t at_ = 0;
  std::vector<std::string> paths_;
};

template <class T>
void write(Writer& out, const T& value);
template <class T>
void read(Reader& in, T& value);

namespace detail {

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};
template <class T>
struct IsMap : std::false_type {};
template <class K, class V>
struct IsMap<std::map<K, V>> : std::true_type {};
template <class T>
struct IsPair : std::false_type {};
template <class A, class B>
struct IsPair<std::pair<A, B>> : std::true_type {};

template <class T, class C>
void write_field(Writer& out, const T& object, PathField<C> field) {
  out.path(object.*field.member);
}
template <class T, class M, class C>
void write_field(Writer& out, const T& object, M C::*member) {
  write(out, object.*member);
}
template <class T, class C>
void read_field(Reader& in, T& object, PathField<C> field) {
  object.*field.member = in.path();
}
template <class T, class M, class C>
void read_field(Reader& in, T& object, M C::*member) {
  read(in, object.*member);
}

}  // namespace detail

template <class T>
void write(Writer& out, const T& value) {
  if constexpr (HasFields<T>) {
    std::apply([&](const auto&... field) { (detail::write_field(out, value, field), ...); },
               Fields<T>::list);
  } else if constexpr (std::is_same_v<T, std::string>) {
    out.text(value);
  } else if constexpr (std::is_same_v<T, bool>) {
    out.unsigned_number(value ? 1 : 0);
  } else if constexpr (std::is_enum_v<T>) {
    out.unsigned_number(static_cast<std::uint64_t>(value));
  } else if constexpr (std::is_floating_point_v<T>) {
    out.real(value);
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    out.signed_number(value);
  } else if constexpr (std::is_integral_v<T>) {
    out.unsigned_number(value);
  } else if constexpr (detail::IsOptional<T>::value) {
    out.unsigned_number(value ? 1 : 0);
    if (value) write(out, *value);
  } else if constexpr (detail::IsVector<T>::value || detail::IsMap<T>::value) {
    out.unsigned_number(value.size());
    for (const auto& element : value) write(out, element);
  } else if constexpr (detail::IsPair<T>::value) {
    write(out, value.first);
    write(out, value.second);
  } else {
    static_assert(sizeof(T) == 0, "no serial form for this type: give it a Fields<T>");
  }
}

template <class T>
void read(Reader& in, T& value) {
  if constexpr (HasFields<T>) {
    std::apply([&](const auto&... field) { (detail::read_field(in, value, field), ...); },
               Fields<T>::list);
  } else if constexpr (std::is_same_v<T, std::string>) {
    value = in.text();
  } else if constexpr (std::is_same_v<T, bool>) {
    value = in.unsigned_number(1) == 1;
  } else if constexpr (std::is_enum_v<T>) {
    value = static_cast<T>(in.unsigned_number(static_cast<std::uint64_t>(EnumLast<T>::value)));
  } else if constexpr (std::is_floating_point_v<T>) {
    value = static_cast<T>(in.real());
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    value = static_cast<T>(
        in.signed_number(std::numeric_limits<T>::min(), std::numeric_limits<T>::max()));
  } else if constexpr (std::is_integral_v<T>) {
    value = static_cast<T>(in.unsigned_number(std::numeric_limits<T>::max()));
  } else if constexpr (detail::IsOptional<T>::value) {
    value.reset();
    if (in.unsigned_number(1) == 1) read(in, value.emplace());
  } else if constexpr (detail::IsVector<T>::value) {
    value.clear();
    const std::size_t n = in.count();
    // Room for a corrupt count's elements is only made as they are read.
    value.reserve(std::min<std::size_t>(n, 64));
    for (std::size_t i = 0; i < n; ++i) read(in, value.emplace_back());
  } else if constexpr (detail::IsMap<T>::value) {
    value.clear();
    const std::size_t n = in.count();
    for (std::size_t i = 0; i < n; ++i) {
      std::pair<typename T::key_type, typename T::mapped_type> element;
      read(in, element);
      value.insert_or_assign(value.end(), std::move(element.first), std::move(element.second));
    }
  } else if constexpr (detail::IsPair<T>::value) {
    read(in, value.first);
    read(in, value.second);
  } else {
    static_assert(sizeof(T) == 0, "no serial form for this type: give it a Fields<T>");
  }
}

// `value` as a blob of its own.
template <class T>
std::string serialize(const T& value) {
  Writer out;
  write(out, value);
  return out.finish();
}

// The value of a blob made by serialize(), or the error that makes it unreadable.
template <class T>
Result<T> deserialize(std::string_view blob, const std::map<std::string, std::string>& renames) {
  return catch_errors([&] {
    Reader in(blob, renames);
    T value;
    read(in, value);
    in.finish();
    return value;
  });
}

}  // namespace medcareer::serial

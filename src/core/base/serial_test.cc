#include "base/serial.h"

#include <doctest/doctest.h>

namespace medcareer::serial {

// Test structs of every kind of field the data uses.
enum class Colour { red, green, blue };

struct Inner {
  std::string name;
  Position where;
  bool operator==(const Inner&) const = default;
};

struct Everything {
  std::string text;
  int small = 0;
  std::size_t count = 0;
  double real = 0;
  bool flag = false;
  Colour colour = Colour::red;
  std::optional<double> maybe;
  std::optional<Inner> maybe_inner;
  std::vector<std::string> list;
  std::map<std::string, Position> places;
  std::vector<std::pair<std::string, std::vector<std::string>>> pairs;
  std::vector<Inner> inners;
  std::string file;
  bool operator==(const Everything&) const = default;
};

// Like Inner, but its field list leaves out `where`, as a field list can by mistake.
struct Forgetful {
  std::string name;
  Position where;
  bool operator==(const Forgetful&) const = default;
};

template <>
struct EnumLast<Colour> {
  static constexpr Colour value = Colour::blue;
};
template <>
struct Fields<Inner> {
  static constexpr auto list = std::tuple{&Inner::name, &Inner::where};
};
template <>
struct Fields<Everything> {
  static constexpr auto list = std::tuple{&Everything::text,
                                          &Everything::small,
                                          &Everything::count,
                                          &Everything::real,
                                          &Everything::flag,
                                          &Everything::colour,
                                          &Everything::maybe,
                                          &Everything::maybe_inner,
                                          &Everything::list,
                                          &Everything::places,
                                          &Everything::pairs,
                                          &Everything::inners,
                                          PathField<Everything>{&Everything::file}};
};
template <>
struct Fields<Forgetful> {
  static constexpr auto list = std::tuple{&Forgetful::name};
};

namespace {

Everything sample() {
  Everything e;
  e.text = std::string("caf\xc3\xa9 \"quoted\"\n\0end", 19);
  e.small = -123456;
  e.count = 1ULL << 40;
  e.real = -0.1;
  e.flag = true;
  e.colour = Colour::blue;
  e.maybe = 1e300;
  e.maybe_inner = Inner{"in", {"a.yaml", 3, 4}};
  e.list = {"x", "", "z"};
  e.places = {{"k1", {"a.yaml", 1, 2}}, {"k2", {"b.yaml", 7, 1}}};
  e.pairs = {{"q", {"o1", "o2"}}, {"r", {}}};
  e.inners = {{"one", {"b.yaml", 9, 9}}, {"two", {}}};
  e.file = "a.yaml";
  return e;
}

}  // namespace

TEST_CASE("every kind of field reads back as it was written") {
  const Everything e = sample();
  auto back = deserialize<Everything>(serialize(e), {});
  REQUIRE_MESSAGE(back.ok(), (back.ok() ? "" : back.error().to_string()));
  CHECK(back.value() == e);
  CHECK(back.value().small == -123456);
  CHECK(back.value().text.size() == 19);
  // Defaults too: empty strings, no optionals, empty lists.
  auto empty = deserialize<Everything>(serialize(Everything{}), {});
  REQUIRE(empty.ok());
  CHECK(empty.value() == Everything{});
}

TEST_CASE("a field that the field list leaves out is caught by the round trip") {
  const Forgetful f{"name", {"a.yaml", 3, 4}};
  auto back = deserialize<Forgetful>(serialize(f), {});
  REQUIRE(back.ok());
  CHECK(back.value().name == "name");
  CHECK_FALSE(back.value() == f);  // `where` was not carried
  // The same values through a complete list compare equal.
  const Inner i{"name", {"a.yaml", 3, 4}};
  auto inner = deserialize<Inner>(serialize(i), {});
  REQUIRE(inner.ok());
  CHECK(inner.value() == i);
}

TEST_CASE("paths read as renamed, in positions and in path fields alike") {
  auto back = deserialize<Everything>(serialize(sample()), {{"a.yaml", "/elsewhere/a.yaml"}});
  REQUIRE(back.ok());
  CHECK(back.value().file == "/elsewhere/a.yaml");
  CHECK(back.value().maybe_inner->where.path == "/elsewhere/a.yaml");
  CHECK(back.value().places.at("k1").path == "/elsewhere/a.yaml");
  CHECK(back.value().places.at("k2").path == "b.yaml");  // not renamed
  CHECK(back.value().inners[1].where.path.empty());
}

TEST_CASE("a truncated blob is an error at every length") {
  const std::string blob = serialize(sample());
  for (std::size_t n = 0; n < blob.size(); ++n) {
    auto back = deserialize<Everything>(std::string_view(blob).substr(0, n), {});
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().message.find("the compiled data is corrupt") == 0);
  }
  auto longer = deserialize<Everything>(blob + "x", {});
  REQUIRE_FALSE(longer.ok());
  CHECK(longer.error().message.find("bytes are left over") != std::string::npos);
}

TEST_CASE("a corrupt blob is a value or an error, never a read past its end") {
  const std::string blob = serialize(sample());
  std::size_t errors = 0;
  for (std::size_t at = 0; at < blob.size(); ++at) {
    for (const char b : {'\x00', '\x01', '\x7f', '\x80', '\xff'}) {
      std::string bad = blob;
      bad[at] = b;
      if (!deserialize<Everything>(bad, {}).ok()) ++errors;
    }
  }
  CHECK(errors > blob.size());  // most changes are noticed; none crashes
}

TEST_CASE("corrupt numbers are refused: out of range, too long, huge counts") {
  auto blob_of = [](const std::string& body) {
    Writer w;
    std::string header = w.finish();  // the header and an empty path table
    return header + body;
  };
  // An enum past its last value.
  CHECK_FALSE(deserialize<Colour>(blob_of("\x03"), {}).ok());
  CHECK(deserialize<Colour>(blob_of("\x02"), {}).ok());
  // A bool other than 0 or 1.
  CHECK_FALSE(deserialize<bool>(blob_of("\x02"), {}).ok());
  // An int out of range (zigzag 2^32).
  CHECK_FALSE(deserialize<int>(blob_of("\x80\x80\x80\x80\x10"), {}).ok());
  // A number of eleven bytes.
  CHECK_FALSE(deserialize<std::uint64_t>(blob_of(std::string(10, '\xff') + "\x01"), {}).ok());
  // A list claiming more elements than there are bytes.
  CHECK_FALSE(deserialize<std::vector<std::string>>(blob_of("\xff\xff\xff\xff\x0f"), {}).ok());
  // A position whose path is not in the table.
  CHECK_FALSE(deserialize<Position>(blob_of(std::string(3, '\0')), {}).ok());
  // Another format's header.
  CHECK_FALSE(deserialize<int>("medcareer-data-0\n\x00\x00", {}).ok());
}

}  // namespace medcareer::serial

// Debian's wasm32 libc++, compiled against the established WASI libc,
// linked against ours: containers, strings, algorithms, streams to a
// string, and number formatting all go through our libc underneath.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

static int failures;

static void check(bool ok, const char *what)
{
	if (!ok) {
		std::printf("check failed: %s\n", what);
		failures++;
	}
}

int main()
{
	std::vector<std::string> v = {"pear", "apple", "fig"};
	std::sort(v.begin(), v.end());
	check(v[0] == "apple" && v[2] == "pear", "sort strings");

	std::map<std::string, int> m;
	for (auto &s : v)
		m[s] = (int)s.size();
	std::string out;
	for (auto &kv : m)
		out += kv.first + "=" + std::to_string(kv.second) + " ";
	check(out == "apple=5 fig=3 pear=4 ", "map and to_string");

	std::ostringstream os;
	os << 42 << ' ' << 3.5 << ' ' << std::hex << 255;
	check(os.str() == "42 3.5 ff", "ostringstream");

	std::istringstream is("17 2.25 word");
	int i = 0;
	double d = 0;
	std::string w;
	is >> i >> d >> w;
	check(i == 17 && d == 2.25 && w == "word", "istringstream");

	auto p = std::make_unique<std::vector<int>>(1000, 7);
	check(p->size() == 1000 && (*p)[999] == 7, "unique_ptr and vector");
	check(std::stoi("-123") == -123 && std::stod("1e3") == 1000.0, "stoi and stod");
	return failures ? 1 : 0;
}

fn main() {
    std::process::exit(refinerctl::run());
}

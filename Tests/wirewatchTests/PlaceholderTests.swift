import Testing

struct PlaceholderTests {
    @Test func builds() {}
}

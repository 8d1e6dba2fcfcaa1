/// Why an input could not become an article. Each case has a stable `code` (used in quarantine reason files,
/// the ledger and logs) and a sentence for people.
public enum PipelineError: Error, Equatable, Sendable {
    case emptyInput
    case tooLarge(bytes: Int, limit: Int)
    case undecodableText(String)
    case binaryContent
    case noProse
    case unsupportedShape(String)
    case notRegularFile(kind: String)
    case unreadable(errno: Int32)
    case tooManyAttempts(Int)
    case stageFailed(stage: String, message: String)

    public var code: String {
        switch self {
        case .emptyInput: "empty_input"
        case .tooLarge: "too_large"
        case .undecodableText: "undecodable_text"
        case .binaryContent: "binary_content"
        case .noProse: "no_prose"
        case .unsupportedShape: "unsupported_shape"
        case .notRegularFile: "not_regular_file"
        case .unreadable: "unreadable"
        case .tooManyAttempts: "too_many_attempts"
        case .stageFailed: "stage_failed"
        }
    }
}

extension PipelineError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .emptyInput: "The file is empty."
        case .tooLarge(let bytes, let limit): "The file has \(bytes) bytes, over the limit of \(limit)."
        case .undecodableText(let detail): "The text cannot be decoded: \(detail)."
        case .binaryContent: "The file holds binary data, not text."
        case .noProse: "The file holds no article prose."
        case .unsupportedShape(let detail): "The file's structure is not an article: \(detail)."
        case .notRegularFile(let kind): "The entry is a \(kind), not a regular file."
        case .unreadable(let errno): "The file cannot be read (errno \(errno))."
        case .tooManyAttempts(let count): "The file failed or stopped the daemon \(count) times."
        case .stageFailed(let stage, let message): "The \(stage) stage failed: \(message)."
        }
    }
}

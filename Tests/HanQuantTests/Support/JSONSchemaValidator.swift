import Foundation

/// A validator for the part of JSON Schema (2020-12) that HanQuant's schema
/// uses: type, enum, required, properties, additionalProperties: false,
/// items, anyOf, pattern, minimum, minLength, and `$ref` to `#/$defs/…`.
/// A keyword it does not know fails validation, so the schema cannot grow
/// past what is checked.
struct JSONSchemaValidator {
    let root: [String: Any]

    init(contentsOf url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    /// The schema at `#/$defs/name`.
    func definition(_ name: String) -> [String: Any] {
        (root["$defs"] as! [String: Any])[name] as! [String: Any]
    }

    /// Every violation of `schema` by `value`, as `path: problem`.
    func errors(_ value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        var errors: [String] = []
        for (keyword, rule) in schema {
            switch keyword {
            case "$schema", "title", "description", "$defs":
                continue
            case "$ref":
                let name = (rule as! String).replacingOccurrences(of: "#/$defs/", with: "")
                errors += self.errors(value, against: definition(name), at: path)
            case "type":
                let allowed = (rule as? [String]) ?? [rule as! String]
                if !allowed.contains(where: { Self.has(value, type: $0) }) {
                    errors.append("\(path): \(Self.describe(value)) is not of type \(allowed)")
                }
            case "enum":
                if !(rule as! [Any]).contains(where: { Self.equal($0, value) }) {
                    errors.append("\(path): \(Self.describe(value)) is not one of \(rule)")
                }
            case "anyOf":
                let options = rule as! [[String: Any]]
                if !options.contains(where: { self.errors(value, against: $0, at: path).isEmpty }) {
                    errors.append("\(path): \(Self.describe(value)) matches none of anyOf")
                }
            case "required":
                guard let object = value as? [String: Any] else { continue }
                for key in rule as! [String] where object[key] == nil { errors.append("\(path): missing \(key)") }
            case "properties":
                guard let object = value as? [String: Any] else { continue }
                for (key, subschema) in rule as! [String: [String: Any]] {
                    if let member = object[key] { errors += self.errors(member, against: subschema, at: "\(path).\(key)") }
                }
            case "additionalProperties":
                guard let object = value as? [String: Any], rule as? Bool == false else { continue }
                let known = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
                for key in object.keys where !known.contains(key) { errors.append("\(path): unexpected \(key)") }
            case "items":
                guard let array = value as? [Any] else { continue }
                for (index, item) in array.enumerated() {
                    errors += self.errors(item, against: rule as! [String: Any], at: "\(path)[\(index)]")
                }
            case "pattern":
                guard let string = value as? String else { continue }
                if string.range(of: rule as! String, options: .regularExpression) == nil {
                    errors.append("\(path): \"\(string)\" does not match \(rule)")
                }
            case "minimum":
                guard let number = value as? NSNumber, !Self.isBoolean(value) else { continue }
                if number.doubleValue < (rule as! NSNumber).doubleValue { errors.append("\(path): \(number) < \(rule)") }
            case "minLength":
                guard let string = value as? String else { continue }
                if string.count < (rule as! Int) { errors.append("\(path): \"\(string)\" is shorter than \(rule)") }
            default:
                errors.append("\(path): the validator does not know the keyword \(keyword)")
            }
        }
        return errors
    }

    /// JSONSerialization gives true and false as a boolean subclass of NSNumber.
    private static func isBoolean(_ value: Any) -> Bool {
        type(of: value) == type(of: NSNumber(value: true) as Any)
    }

    private static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBoolean(value)
        case "integer":
            guard let number = value as? NSNumber, !isBoolean(value) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber && !isBoolean(value)
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let a = a as? String, let b = b as? String { return a == b }
        return false
    }

    private static func describe(_ value: Any) -> String {
        value is NSNull ? "null" : "\(value)"
    }
}

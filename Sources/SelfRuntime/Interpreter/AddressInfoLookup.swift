/// The body of an address-info object (`ObjectKind.addressInfo`), the elements of the
/// array `_GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:` answers
/// (primitives.md §3.7):
///
/// | word | contents                                             | message         |
/// |------|------------------------------------------------------|-----------------|
/// | 2    | `ai_family` (integer)                                | `family`        |
/// | 3    | `ai_socktype` (integer)                              | `socketType`    |
/// | 4    | `ai_protocol` (integer)                              | `protocol`      |
/// | 5    | `ai_flags` (integer)                                 | `flags`         |
/// | 6    | the raw socket address (a byte array)                | `sockaddrBytes` |
///
/// Every address-info object has the same map (`WellKnownObjects.addressInfoMap`,
/// with no slots): its messages are answered from the words above, not from slots.
enum AddressInfoLayout {
    /// Word of the family.
    static let family = 2
    /// Word of the socket type.
    static let socketType = 3
    /// Word of the protocol.
    static let socketProtocol = 4
    /// Word of the flags.
    static let flags = 5
    /// Word of the socket-address byte array.
    static let sockaddrBytes = 6
    /// Size of the whole object in words.
    static let words = 7
}

extension VirtualMachine {
    /// An address-info object answers exactly its five messages, each with the word
    /// of `AddressInfoLayout` it names; anything else is not found. The result is
    /// never cacheable: all address-info objects share one map, so an inline cache
    /// keyed by the map would hand one object's field to another.
    func lookupInAddressInfo(_ selector: Int32, _ object: ObjectRef) -> LookupResult {
        let word: Int
        switch memory.selectors.name(selector) {
        case "family": word = AddressInfoLayout.family
        case "socketType": word = AddressInfoLayout.socketType
        case "protocol": word = AddressInfoLayout.socketProtocol
        case "flags": word = AddressInfoLayout.flags
        case "sockaddrBytes": word = AddressInfoLayout.sockaddrBytes
        default: return .notFound
        }
        return LookupResult(
            kind: .constant, value: object[word: word], index: 0, assignsParent: false, cacheable: false)
    }
}

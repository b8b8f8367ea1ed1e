/// The objects the VM itself creates and refers to (language.md §10.1), and the maps
/// of the object kinds that are not slots objects. All of them live in the old space
/// and are roots.
public struct WellKnownObjects {
    /// The map whose instances are maps (its own map is itself).
    public var mapMap: ObjectRef
    public var lobby: Value
    public var nilObject: Value
    public var trueObject: Value
    public var falseObject: Value
    public var integerTraits: Value
    public var stringTraits: Value
    public var arrayTraits: Value
    public var blockTraits: Value
    public var floatTraits: Value
    /// Never used by lookup (language.md §10.1); kept for `std traits actor`.
    public var actorTraits: Value
    /// Maps of values that are not slots objects: each has one constant parent slot
    /// `parent` holding the kind's traits object (language.md §7.4).
    public var integerMap: ObjectRef
    public var byteArrayMap: ObjectRef
    public var arrayMap: ObjectRef
    public var floatMap: ObjectRef
    /// Big integers share the integers' traits object.
    public var bigIntegerMap: ObjectRef
    /// Maps with no slots, for objects that answer nothing through lookup.
    public var methodMap: ObjectRef
    public var contextMap: ObjectRef
    public var managedFDMap: ObjectRef
    public var addressInfoMap: ObjectRef
    public var actorObjectMap: ObjectRef
    public var actorProxyMap: ObjectRef

    /// Every reference this struct holds, for the collector. They are all old
    /// objects, which never move, so only full collections (marking) visit them.
    mutating func visit(_ visit: (UnsafeMutablePointer<Value>) -> Void) {
        for map in [
            mapMap, integerMap, byteArrayMap, arrayMap, floatMap, bigIntegerMap, methodMap, contextMap, managedFDMap,
            addressInfoMap, actorObjectMap, actorProxyMap,
        ] {
            var value = map.value
            visit(&value)
        }
        visit(&lobby)
        visit(&nilObject)
        visit(&trueObject)
        visit(&falseObject)
        visit(&integerTraits)
        visit(&stringTraits)
        visit(&arrayTraits)
        visit(&blockTraits)
        visit(&floatTraits)
        visit(&actorTraits)
    }
}

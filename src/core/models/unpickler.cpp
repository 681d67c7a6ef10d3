#include "models/unpickler.h"

#include "errors.h"

namespace mw::core::pickle {
namespace {

[[noreturn]] void fail(const std::filesystem::path &path, const std::string &problem)
{
    throw WeightsError(path.string() + ": " + problem);
}

std::uint16_t le16(const std::uint8_t *p) { return std::uint16_t(p[0] | (p[1] << 8)); }
std::uint32_t le32(const std::uint8_t *p) { return std::uint32_t(le16(p)) | (std::uint32_t(le16(p + 2)) << 16); }
std::uint64_t le64(const std::uint8_t *p) { return std::uint64_t(le32(p)) | (std::uint64_t(le32(p + 4)) << 32); }

// The only callables a state dict needs; anything else is refused by name before it could be called.
enum class Callable { OrderedDict, RebuildTensor, RebuildParameter, Storage };

constexpr std::size_t kMaxStack = 1u << 20;
constexpr std::size_t kMaxMarks = 1u << 12;
constexpr std::size_t kMaxMemo = 1u << 21;
constexpr std::size_t kMaxValues = 1u << 22; // values made plus values put into containers: bounds the memory used
                                             // to well under 1 GB (a 10,000-tensor state dict needs about 400,000)
constexpr int kMaxDepth = 64; // also bounds the recursion when values are destroyed
constexpr std::size_t kMaxDims = 32;

class Unpickler {
public:
    Unpickler(const std::filesystem::path &path, const ZipArchive &zip, const std::string &prefix, const ZipEntry &pickle)
        : m_path(path), m_zip(zip), m_prefix(prefix), m_name(pickle.name), m_data(zip.data(pickle)), m_size(pickle.size)
    {
    }

    // One case per opcode of pickle protocols 2-5 that a state dict can use; anything else is refused. A long switch
    // reads closer to the pickle specification than forty small functions would.
    Ref run()
    {
        while (true) {
            m_opStart = m_pos;
            const std::uint8_t op = byte();
            switch (op) {
            case 0x80: { // PROTO
                const int protocol = byte();
                if (protocol > 5)
                    damaged("unsupported pickle protocol " + std::to_string(protocol));
                break;
            }
            case 0x95: take(8); break; // FRAME: framing is only a hint for buffered readers
            case '.': return pop();    // STOP
            case 'N': push(make(Kind::None)); break;
            case 0x88: push(makeInt(Kind::Bool, 1)); break;
            case 0x89: push(makeInt(Kind::Bool, 0)); break;
            case 'J': push(makeInt(Kind::Int, std::int32_t(le32(take(4))))); break;
            case 'K': push(makeInt(Kind::Int, byte())); break;
            case 'M': push(makeInt(Kind::Int, le16(take(2)))); break;
            case 0x8a: { // LONG1: little-endian two's complement
                const int n = byte();
                if (n > 8)
                    damaged("holds an integer wider than 64 bits");
                const std::uint8_t *p = take(std::uint64_t(n));
                std::uint64_t v = 0;
                for (int i = n - 1; i >= 0; --i)
                    v = (v << 8) | p[i];
                if (n > 0 && n < 8 && (p[n - 1] & 0x80))
                    v |= ~std::uint64_t(0) << (8 * n);
                push(makeInt(Kind::Int, std::int64_t(v)));
                break;
            }
            case 'G': { // BINFLOAT: big-endian double
                const std::uint8_t *p = take(8);
                std::uint64_t bits = 0;
                for (int i = 0; i < 8; ++i)
                    bits = (bits << 8) | p[i];
                auto v = make(Kind::Float);
                std::memcpy(&v->real, &bits, 8);
                push(v);
                break;
            }
            case 'X': pushText(Kind::String, le32(take(4))); break;
            case 0x8c: pushText(Kind::String, byte()); break;
            case 0x8d: pushText(Kind::String, le64(take(8))); break;
            case 'B': pushText(Kind::Bytes, le32(take(4))); break;
            case 'C': pushText(Kind::Bytes, byte()); break;
            case '}': push(make(Kind::Dict)); break;
            case ']': push(make(Kind::List)); break;
            case ')': push(make(Kind::Tuple)); break;
            case '(':
                if (m_marks.size() >= kMaxMarks)
                    damaged("nests marks deeper than " + std::to_string(kMaxMarks));
                m_marks.push_back(m_stack.size());
                break;
            case 't': push(makeSequence(Kind::Tuple, popMark())); break;
            case 'l': push(makeSequence(Kind::List, popMark())); break;
            case 0x85: case 0x86: case 0x87: { // TUPLE1..3
                const std::size_t n = std::size_t(op - 0x84);
                std::vector<Ref> items(n);
                for (std::size_t i = n; i-- > 0;)
                    items[i] = pop();
                push(makeSequence(Kind::Tuple, std::move(items)));
                break;
            }
            case 'd': { // DICT
                auto dict = make(Kind::Dict);
                setItems(dict, popMark());
                push(dict);
                break;
            }
            case 'q': memoize(byte()); break;
            case 'r': memoize(le32(take(4))); break;
            case 0x94: memoize(std::uint32_t(m_memo.size())); break;
            case 'h': push(recall(byte())); break;
            case 'j': push(recall(le32(take(4)))); break;
            case '0': // POP: an empty frame means the mark itself is dropped
                if (m_stack.size() == floor() && !m_marks.empty())
                    m_marks.pop_back();
                else
                    pop();
                break;
            case '1': popMark(); break;
            case '2': push(top()); break;
            case 'c': { // GLOBAL: "module\nname\n"
                const std::string module = line();
                const std::string name = line();
                push(resolve(module, name));
                break;
            }
            case 0x93: { // STACK_GLOBAL
                const Ref name = pop(), module = pop();
                if (name->kind != Kind::String || module->kind != Kind::String)
                    damaged("STACK_GLOBAL needs two strings");
                push(resolve(module->text, name->text));
                break;
            }
            case 'R': { // REDUCE
                const Ref args = pop(), callable = pop();
                push(call(callable, args));
                break;
            }
            case 'b': { // BUILD: only the OrderedDict's _metadata attribute, which loading does not need
                pop();
                if (top()->kind != Kind::Dict)
                    damaged(std::string("sets the state of ") + describe(top()->kind) + ", which a state dict never does");
                break;
            }
            case 'Q': push(persistentLoad(pop())); break;
            case 's': {
                const Ref value = pop(), key = pop();
                setItems(top(), {key, value});
                break;
            }
            case 'u': {
                auto items = popMark();
                setItems(top(), std::move(items));
                break;
            }
            case 'a': {
                const Ref value = pop();
                append(top(), {value});
                break;
            }
            case 'e': {
                auto items = popMark();
                append(top(), std::move(items));
                break;
            }
            default: {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02x", op);
                damaged(std::string("unsupported pickle opcode ") + hex);
            }
            }
        }
    }

    std::vector<Storage> &storages() { return m_storages; }

private:
    [[noreturn]] void damaged(const std::string &problem) const
    {
        fail(m_path, m_name + " is not a plain state dict: " + problem + " (at byte " + std::to_string(m_opStart) + ")");
    }

    const std::uint8_t *take(std::uint64_t n)
    {
        if (n > m_size - m_pos)
            damaged("the pickle ends in the middle of an opcode (truncated?)");
        const std::uint8_t *p = m_data + m_pos;
        m_pos += n;
        return p;
    }
    std::uint8_t byte() { return *take(1); }
    std::string line()
    {
        const std::uint8_t *begin = m_data + m_pos;
        const void *nl = std::memchr(begin, '\n', std::size_t(std::min<std::uint64_t>(m_size - m_pos, 1024)));
        if (!nl)
            damaged("a global's name is not terminated");
        const auto length = std::uint64_t(static_cast<const std::uint8_t *>(nl) - begin);
        take(length + 1);
        return std::string(reinterpret_cast<const char *>(begin), length);
    }

    // Every value is made here and every link made in adopt(), so a pickle of any size can make only so many.
    void count()
    {
        if (++m_values > kMaxValues)
            damaged("makes more than " + std::to_string(kMaxValues) + " values");
    }
    Ref make(Kind kind)
    {
        count();
        return std::make_shared<Value>(kind);
    }
    Ref makeInt(Kind kind, std::int64_t v)
    {
        auto value = make(kind);
        value->integer = v;
        return value;
    }
    void pushText(Kind kind, std::uint64_t length)
    {
        const std::uint8_t *p = take(length);
        auto value = make(kind);
        value->text.assign(reinterpret_cast<const char *>(p), length);
        push(value);
    }

    std::size_t floor() const { return m_marks.empty() ? 0 : m_marks.back(); }
    void push(Ref v)
    {
        if (m_stack.size() >= kMaxStack)
            damaged("its stack grows past " + std::to_string(kMaxStack) + " entries");
        m_stack.push_back(std::move(v));
    }
    Ref pop()
    {
        if (m_stack.size() <= floor())
            damaged("pops from an empty stack");
        Ref v = std::move(m_stack.back());
        m_stack.pop_back();
        return v;
    }
    const Ref &top() const
    {
        if (m_stack.size() <= floor())
            damaged("reads an empty stack");
        return m_stack.back();
    }
    std::vector<Ref> popMark()
    {
        if (m_marks.empty())
            damaged("uses a mark that was never set");
        const std::size_t mark = m_marks.back();
        m_marks.pop_back();
        std::vector<Ref> items(std::make_move_iterator(m_stack.begin() + std::ptrdiff_t(mark)),
                               std::make_move_iterator(m_stack.end()));
        m_stack.resize(mark);
        return items;
    }

    void memoize(std::uint32_t index)
    {
        if (m_memo.size() >= kMaxMemo && !m_memo.count(index))
            damaged("its memo grows past " + std::to_string(kMaxMemo) + " entries");
        m_memo[index] = top();
    }
    Ref recall(std::uint32_t index) const
    {
        const auto it = m_memo.find(index);
        if (it == m_memo.end())
            damaged("refers to memo entry " + std::to_string(index) + ", which was never stored");
        return it->second;
    }

    // Puts child inside parent. A value never changes once inside another, so no cycle can form and nesting (hence
    // the recursion when the values are destroyed) stays bounded.
    void adopt(Value &parent, const Ref &child)
    {
        if (child.get() == &parent)
            damaged("puts a container inside itself");
        count();
        child->contained = true;
        parent.depth = std::max(parent.depth, child->depth + 1);
        if (parent.depth > kMaxDepth)
            damaged("nests values deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    void checkMutable(const Ref &target, Kind kind, const char *what)
    {
        if (target->kind != kind)
            damaged(std::string(what) + " into " + describe(target->kind));
        if (target->contained)
            damaged(std::string(what) + " into a container that is already inside another");
    }
    Ref makeSequence(Kind kind, std::vector<Ref> items)
    {
        auto value = make(kind);
        for (const Ref &item : items)
            adopt(*value, item);
        value->items = std::move(items);
        return value;
    }
    void append(const Ref &list, std::vector<Ref> items)
    {
        checkMutable(list, Kind::List, "appends");
        for (Ref &item : items) {
            adopt(*list, item);
            list->items.push_back(std::move(item));
        }
    }
    void setItems(const Ref &dict, std::vector<Ref> items)
    {
        checkMutable(dict, Kind::Dict, "sets items");
        if (items.size() % 2)
            damaged("sets a key without a value");
        for (std::size_t i = 0; i < items.size(); i += 2) {
            adopt(*dict, items[i]);
            adopt(*dict, items[i + 1]);
            if (items[i]->kind == Kind::String) { // a repeated key keeps its first position, as in Python
                if (!dict->index)
                    dict->index = std::make_unique<std::unordered_map<std::string, std::size_t>>();
                const auto [it, fresh] = dict->index->emplace(items[i]->text, dict->entries.size());
                if (!fresh) {
                    dict->entries[it->second].second = std::move(items[i + 1]);
                    continue;
                }
            }
            dict->entries.emplace_back(std::move(items[i]), std::move(items[i + 1]));
        }
    }

    Ref resolve(const std::string &module, const std::string &name)
    {
        auto global = make(Kind::Global);
        global->text = module + "." + name;
        auto allow = [&](Callable c) {
            global->integer = std::int64_t(c);
            return global;
        };
        if (module == "collections" && name == "OrderedDict")
            return allow(Callable::OrderedDict);
        if (module == "torch._utils" && name == "_rebuild_tensor_v2")
            return allow(Callable::RebuildTensor);
        if (module == "torch._utils" && name == "_rebuild_parameter")
            return allow(Callable::RebuildParameter);
        if (module == "torch")
            for (const auto &type : kStorageTypes)
                if (name == type.name) {
                    global->storageType = &type;
                    return allow(Callable::Storage);
                }
        std::string message = "refuses to load: the pickle names " + global->text
                            + " (only state-dict contents are allowed)";
        if (looksLikeObject(module))
            message += "; this looks like a whole pickled model (torch.save(model)): save model.state_dict() instead";
        fail(m_path, message);
    }

    // A pickled nn.Module names its class and then instantiates it without arguments: "GLOBAL [memo] () NEWOBJ".
    bool looksLikeObject(const std::string &module) const
    {
        if (module.rfind("torch.nn.", 0) == 0 || module.rfind("torchvision.models", 0) == 0)
            return true;
        std::uint64_t p = m_pos;
        auto at = [&](std::uint64_t i) { return i < m_size ? int(m_data[i]) : -1; };
        if (at(p) == 'q')
            p += 2;
        else if (at(p) == 'r')
            p += 5;
        else if (at(p) == 0x94)
            p += 1;
        return at(p) == ')' && at(p + 1) == 0x81;
    }

    Ref call(const Ref &callable, const Ref &args)
    {
        if (callable->kind != Kind::Global)
            damaged(std::string("calls ") + describe(callable->kind));
        if (args->kind != Kind::Tuple)
            damaged("calls " + callable->text + " with arguments that are not a tuple");
        const auto &a = args->items;
        switch (Callable(callable->integer)) {
        case Callable::OrderedDict:
            if (!a.empty())
                damaged("builds an OrderedDict from arguments");
            return make(Kind::Dict);
        case Callable::RebuildParameter:
            if (a.size() != 3 || a[0]->kind != Kind::Tensor)
                damaged("calls _rebuild_parameter with arguments other than (tensor, requires_grad, hooks)");
            return a[0];
        case Callable::RebuildTensor: return rebuildTensor(a);
        case Callable::Storage: break;
        }
        damaged("calls " + callable->text + " directly, which a state dict never does");
    }

    // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata]).
    Ref rebuildTensor(const std::vector<Ref> &a)
    {
        if ((a.size() != 6 && a.size() != 7) || a[0]->kind != Kind::StorageRef || a[1]->kind != Kind::Int
            || a[2]->kind != Kind::Tuple || a[3]->kind != Kind::Tuple || a[2]->items.size() != a[3]->items.size())
            damaged("calls _rebuild_tensor_v2 with arguments other than (storage, offset, size, stride, ...)");
        const Storage &storage = m_storages[std::size_t(a[0]->integer)];
        if (a[2]->items.size() > kMaxDims)
            damaged("a tensor has more than " + std::to_string(kMaxDims) + " dimensions");
        auto value = make(Kind::Tensor);
        value->tensor = std::make_unique<TensorView>();
        TensorView &t = *value->tensor;
        t.storage = std::size_t(a[0]->integer);
        t.offset = a[1]->integer;
        bool empty = false;
        for (std::size_t i = 0; i < a[2]->items.size(); ++i) {
            const Value &size = *a[2]->items[i], &stride = *a[3]->items[i];
            if (size.kind != Kind::Int || stride.kind != Kind::Int || size.integer < 0 || stride.integer < 0)
                damaged("a tensor has a size or stride that is not a non-negative integer");
            empty |= size.integer == 0;
            t.sizes.push_back(size.integer);
            t.strides.push_back(stride.integer);
        }
        // The last element the view touches must lie inside the storage the file holds.
        std::uint64_t last = 0;
        bool overflow = t.offset < 0;
        if (!empty) {
            last = std::uint64_t(t.offset);
            for (std::size_t i = 0; i < t.sizes.size() && !overflow; ++i) {
                std::uint64_t span = 0;
                overflow = __builtin_mul_overflow(std::uint64_t(t.sizes[i] - 1), std::uint64_t(t.strides[i]), &span)
                        || __builtin_add_overflow(last, span, &last);
            }
        }
        if (overflow || (empty ? std::uint64_t(t.offset) > storage.numel : last >= storage.numel))
            damaged("a tensor reaches past the end of its storage " + storage.key + " ("
                    + std::to_string(storage.numel) + " elements)");
        // Overlapping views (stride 0, as expand() makes) could stand for far more elements than the file holds;
        // a state dict has none, and refusing them keeps every tensor no larger than its storage.
        std::uint64_t elements = empty ? 0 : 1;
        for (std::size_t i = 0; i < t.sizes.size() && elements > 0; ++i)
            if (__builtin_mul_overflow(elements, std::uint64_t(t.sizes[i]), &elements) || elements > storage.numel)
                damaged("a tensor has more elements than its storage " + storage.key + " holds ("
                        + std::to_string(storage.numel) + ")");
        return value;
    }

    // ('storage', storage type, key, location, numel) -> the archive's data/<key>, checked against its size.
    Ref persistentLoad(const Ref &pid)
    {
        const auto &p = pid->items;
        if (pid->kind != Kind::Tuple || p.size() != 5 || p[0]->kind != Kind::String || p[0]->text != "storage"
            || p[1]->kind != Kind::Global || !p[1]->storageType || p[2]->kind != Kind::String
            || p[4]->kind != Kind::Int || p[4]->integer < 0)
            damaged("has a persistent id other than ('storage', type, key, location, size)");
        const StorageType *type = p[1]->storageType;
        const std::string &key = p[2]->text;
        const auto numel = std::uint64_t(p[4]->integer);
        const auto known = m_storageIndex.find(key);
        if (known != m_storageIndex.end()) {
            const Storage &s = m_storages[known->second];
            if (s.type != type || s.numel != numel)
                damaged("storage " + key + " is named with two different types or sizes");
            return makeInt(Kind::StorageRef, std::int64_t(known->second));
        }
        const ZipEntry *entry = m_zip.find(m_prefix + "data/" + key);
        if (!entry)
            damaged("names storage " + key + ", but the archive has no entry " + m_prefix + "data/" + key);
        std::uint64_t bytes = 0;
        if (__builtin_mul_overflow(numel, std::uint64_t(type->bytes), &bytes) || bytes > entry->size)
            damaged("storage " + key + " claims " + std::to_string(numel) + " elements of " + type->name + " but "
                    + entry->name + " holds " + std::to_string(entry->size) + " bytes");
        m_storageIndex.emplace(key, m_storages.size());
        m_storages.push_back({key, type, numel, entry, {}});
        return makeInt(Kind::StorageRef, std::int64_t(m_storages.size() - 1));
    }

    std::filesystem::path m_path;
    const ZipArchive &m_zip;
    std::string m_prefix;
    std::string m_name;
    const std::uint8_t *m_data;
    std::uint64_t m_size;
    std::uint64_t m_pos = 0, m_opStart = 0;
    std::size_t m_values = 0;
    std::vector<Ref> m_stack;
    std::vector<std::size_t> m_marks;
    std::unordered_map<std::uint32_t, Ref> m_memo;
    std::vector<Storage> m_storages;
    std::unordered_map<std::string, std::size_t> m_storageIndex;
};

} // namespace

Unpickled unpickle(const std::filesystem::path &path, const ZipArchive &zip, const std::string &prefix,
                   const ZipEntry &pickle)
{
    Unpickler unpickler(path, zip, prefix, pickle);
    Ref top = unpickler.run();
    return {std::move(top), std::move(unpickler.storages())};
}

} // namespace mw::core::pickle

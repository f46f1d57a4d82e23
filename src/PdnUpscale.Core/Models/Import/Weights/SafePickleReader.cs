// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace PdnUpscale.Core.Models.Import.Weights;

/// <summary>
/// A pickle reader that only builds data: numbers, strings, lists, tuples and dictionaries, and tensors
/// described by PyTorch's state-dict globals. It never imports or calls anything; a global outside the short
/// allow-list below (e.g. <c>os.system</c>), an object construction, or an unknown opcode ends the read with a
/// <see cref="ModelImportException"/>. The allow-list is the subset of PyTorch's own weights-only unpickler that
/// state dicts use (see /work/shared/reference/models-int8-jpeg.md, section 1).
/// </summary>
internal sealed class SafePickleReader
{
    private const int MaxDepth = 10_000;

    // Storage classes: the weight type (null for integers and booleans, which are not weights) and the element size.
    private static readonly Dictionary<string, (WeightType? Type, int Size)> StorageTypes = new(StringComparer.Ordinal)
    {
        ["torch.FloatStorage"] = (WeightType.Float32, 4),
        ["torch.HalfStorage"] = (WeightType.Float16, 2),
        ["torch.BFloat16Storage"] = (WeightType.BFloat16, 2),
        ["torch.DoubleStorage"] = (WeightType.Float64, 8),
        ["torch.LongStorage"] = (null, 8),
        ["torch.IntStorage"] = (null, 4),
        ["torch.ShortStorage"] = (null, 2),
        ["torch.CharStorage"] = (null, 1),
        ["torch.ByteStorage"] = (null, 1),
        ["torch.BoolStorage"] = (null, 1),
    };

    private static readonly HashSet<string> Callables = new(StringComparer.Ordinal)
    {
        "collections.OrderedDict", "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor", "torch._utils._rebuild_parameter",
    };

    private static readonly object Mark = new();

    private readonly string file;
    private readonly byte[] data;
    private readonly Stack<object?> stack = new();
    private readonly Dictionary<long, object?> memo = [];
    private int position;

    private SafePickleReader(string file, byte[] data, int position)
    {
        this.file = file;
        this.data = data;
        this.position = position;
    }

    /// <summary>Reads one pickle.</summary>
    /// <param name="file">The file, for messages.</param>
    /// <param name="data">The bytes holding the pickle.</param>
    /// <param name="position">Where the pickle starts; on return, just after its STOP opcode.</param>
    /// <returns>The object: null, bool, long, <see cref="BigInteger"/>, double, string, <see cref="List{T}"/> of objects,
    /// object arrays (tuples), string-keyed dictionaries, <see cref="PickleStorage"/> or <see cref="PickleTensor"/>.</returns>
    /// <exception cref="ModelImportException">The pickle is truncated, malformed or refers to code.</exception>
    public static object? Read(string file, byte[] data, ref int position)
    {
        var reader = new SafePickleReader(file, data, position);
        object? result = reader.Run();
        position = reader.position;
        return result;
    }

    private object? Run()
    {
        while (true)
        {
            byte opcode = this.Byte();
            switch (opcode)
            {
                case 0x80: this.Byte(); break; // PROTO
                case 0x95: this.Bytes(8); break; // FRAME: framing only
                case (byte)'.': return this.stack.Count == 1 ? this.stack.Pop() : throw this.Malformed("STOP with an unbalanced stack");
                case (byte)'(': this.Push(Mark); break;
                case (byte)'0': this.Pop(); break;
                case (byte)'1': this.PopToMark(); break;
                case (byte)'2': this.Push(this.Peek()); break;
                case (byte)'N': this.Push(null); break;
                case 0x88: this.Push(true); break;
                case 0x89: this.Push(false); break;
                case (byte)'J': this.Push((long)BinaryPrimitives.ReadInt32LittleEndian(this.Bytes(4))); break;
                case (byte)'K': this.Push((long)this.Byte()); break;
                case (byte)'M': this.Push((long)BinaryPrimitives.ReadUInt16LittleEndian(this.Bytes(2))); break;
                case 0x8a: this.PushLong(this.Bytes(this.Byte())); break; // LONG1
                case (byte)'G': this.Push(BinaryPrimitives.ReadDoubleBigEndian(this.Bytes(8))); break;
                case (byte)'X': this.Push(Encoding.UTF8.GetString(this.Bytes(this.Length32()))); break;
                case 0x8c: this.Push(Encoding.UTF8.GetString(this.Bytes(this.Byte()))); break;
                case (byte)'T': this.Push(Encoding.Latin1.GetString(this.Bytes(this.Length32()))); break;
                case (byte)'U': this.Push(Encoding.Latin1.GetString(this.Bytes(this.Byte()))); break;
                case (byte)')': this.Push(Array.Empty<object?>()); break;
                case (byte)'t': this.Push(this.PopToMark().ToArray()); break;
                case 0x85: this.Push(this.PopMany(1)); break;
                case 0x86: this.Push(this.PopMany(2)); break;
                case 0x87: this.Push(this.PopMany(3)); break;
                case (byte)']': this.Push(new List<object?>()); break;
                case (byte)'l': this.Push(this.PopToMark()); break;
                case (byte)'a': this.Append([this.Pop()]); break;
                case (byte)'e': this.Append(this.PopToMark()); break;
                case (byte)'}': this.Push(new Dictionary<string, object?>(StringComparer.Ordinal)); break;
                case (byte)'d': this.Push(this.SetItems(new Dictionary<string, object?>(StringComparer.Ordinal), this.PopToMark())); break;
                case (byte)'s': { object?[] item = this.PopMany(2); this.SetItems(this.Peek(), item); break; }
                case (byte)'u': { List<object?> items = this.PopToMark(); this.SetItems(this.Peek(), items); break; }
                case (byte)'q': this.memo[this.Byte()] = this.Peek(); break;
                case (byte)'r': this.memo[BinaryPrimitives.ReadUInt32LittleEndian(this.Bytes(4))] = this.Peek(); break;
                case 0x94: this.memo[this.memo.Count] = this.Peek(); break; // MEMOIZE
                case (byte)'h': this.Push(this.Memo(this.Byte())); break;
                case (byte)'j': this.Push(this.Memo(BinaryPrimitives.ReadUInt32LittleEndian(this.Bytes(4)))); break;
                case (byte)'c': this.Push(this.Global(this.Line(), this.Line())); break;
                case 0x93: { object? name = this.Pop(); object? module = this.Pop(); this.Push(this.Global(module as string ?? string.Empty, name as string ?? string.Empty)); break; }
                case (byte)'R': { object? args = this.Pop(); object? callable = this.Pop(); this.Push(this.Reduce(callable, args)); break; }
                case (byte)'b': this.Build(); break;
                case (byte)'Q': this.Push(this.PersistentLoad(this.Pop())); break;
                default: throw this.Malformed($"opcode 0x{opcode:x2}, which a weights file does not need");
            }
        }
    }

    private PickleGlobal Global(string module, string name)
    {
        string qualified = module + "." + name;
        if (Callables.Contains(qualified) || StorageTypes.ContainsKey(qualified))
        {
            return new PickleGlobal(qualified);
        }

        throw new ModelImportException(this.file, $"the pickle refers to '{qualified}', which is not part of a weights file, so it was refused without running anything");
    }

    private object? Reduce(object? callable, object? args)
    {
        if (callable is not PickleGlobal global || !Callables.Contains(global.Name) || args is not object?[] a)
        {
            throw new ModelImportException(this.file, $"the pickle calls {(callable is PickleGlobal g ? $"'{g.Name}'" : "an object")} to build a value, which a weights file does not need, so it was refused without running anything");
        }

        switch (global.Name)
        {
            case "collections.OrderedDict" when a.Length == 0:
                return new Dictionary<string, object?>(StringComparer.Ordinal);
            case "torch._utils._rebuild_tensor_v2" or "torch._utils._rebuild_tensor" when a.Length >= 4 && a[0] is PickleStorage storage:
                long[] shape = this.Longs(a[2]);
                long[] stride = this.Longs(a[3]);
                return shape.Length == stride.Length && a[1] is long offset
                    ? new PickleTensor(storage, offset, shape, stride)
                    : throw this.Malformed("a tensor whose size and stride do not match");
            case "torch._utils._rebuild_parameter" when a.Length >= 1 && a[0] is PickleTensor tensor:
                return tensor;
            default:
                throw this.Malformed($"a call of '{global.Name}' with unexpected arguments");
        }
    }

    private void Build()
    {
        this.Pop(); // the state: an OrderedDict's _metadata or a tensor's hooks, which inference does not need
        if (this.Peek() is not (Dictionary<string, object?> or PickleTensor))
        {
            throw new ModelImportException(this.file, "the pickle sets the state of an object that is not a tensor or dictionary, which a weights file does not need, so it was refused");
        }
    }

    private PickleStorage PersistentLoad(object? id)
    {
        // ('storage', <T>Storage, key, location, numel[, view metadata])
        if (id is object?[] { Length: >= 5 } t && t[0] is "storage" && t[1] is PickleGlobal type && StorageTypes.TryGetValue(type.Name, out (WeightType? Type, int Size) element)
            && t[2] is string key && t[4] is long count && count >= 0)
        {
            return new PickleStorage(key, element.Type, element.Size, count);
        }

        throw this.Malformed("a persistent reference that is not a tensor storage");
    }

    private long[] Longs(object? value)
        => value is object?[] items && items.All(i => i is long) ? items.Select(i => (long)i!).ToArray() : throw this.Malformed("a tensor size that is not a tuple of integers");

    private void Append(List<object?> items)
    {
        if (this.Peek() is not List<object?> list)
        {
            throw this.Malformed("an append to something that is not a list");
        }

        list.AddRange(items);
    }

    private Dictionary<string, object?> SetItems(object? target, IReadOnlyList<object?> items)
    {
        if (target is not Dictionary<string, object?> dict || items.Count % 2 != 0)
        {
            throw this.Malformed("dictionary items set on something that is not a dictionary");
        }

        for (int i = 0; i < items.Count; i += 2)
        {
            string key = items[i] switch
            {
                string s => s,
                long or BigInteger or double or bool => Convert.ToString(items[i], CultureInfo.InvariantCulture)!,
                _ => throw this.Malformed("a dictionary key that is not a string or number"),
            };
            dict[key] = items[i + 1];
        }

        return dict;
    }

    private object? Memo(long index) => this.memo.TryGetValue(index, out object? value) ? value : throw this.Malformed($"a reference to memo entry {index}, which was never stored");

    private void Push(object? value)
    {
        if (this.stack.Count >= MaxDepth)
        {
            throw this.Malformed("a stack deeper than any weights file needs");
        }

        this.stack.Push(value);
    }

    private object? Pop() => this.stack.Count > 0 && this.stack.Peek() != Mark ? this.stack.Pop() : throw this.Malformed("an opcode that takes more values than there are");

    private object? Peek(int depth = 1)
    {
        object? value = this.stack.Count >= depth ? this.stack.ElementAt(depth - 1) : Mark;
        return value != Mark ? value : throw this.Malformed("an opcode that takes more values than there are");
    }

    private object?[] PopMany(int count)
    {
        var items = new object?[count];
        for (int i = count - 1; i >= 0; i--)
        {
            items[i] = this.Pop();
        }

        return items;
    }

    private List<object?> PopToMark()
    {
        var items = new List<object?>();
        while (this.stack.Count > 0 && this.stack.Peek() != Mark)
        {
            items.Add(this.stack.Pop());
        }

        if (this.stack.Count == 0)
        {
            throw this.Malformed("a MARK is missing");
        }

        this.stack.Pop();
        items.Reverse();
        return items;
    }

    private byte Byte() => this.Bytes(1)[0];

    private int Length32()
    {
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(this.Bytes(4));
        return length <= int.MaxValue ? (int)length : throw this.Truncated();
    }

    private ReadOnlySpan<byte> Bytes(int count)
    {
        if (count > this.data.Length - this.position)
        {
            throw this.Truncated();
        }

        this.position += count;
        return this.data.AsSpan(this.position - count, count);
    }

    private string Line()
    {
        int end = Array.IndexOf(this.data, (byte)'\n', this.position);
        if (end < 0)
        {
            throw this.Truncated();
        }

        string line = Encoding.ASCII.GetString(this.data, this.position, end - this.position);
        this.position = end + 1;
        return line;
    }

    // Integers that fit are longs, like every other pickled integer; larger ones (the legacy magic number) stay big.
    private void PushLong(ReadOnlySpan<byte> bytes)
    {
        var value = new BigInteger(bytes, isUnsigned: false, isBigEndian: false);
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            this.Push((long)value);
        }
        else
        {
            this.Push(value);
        }
    }

    private ModelImportException Truncated() => new(this.file, "the file is truncated (its pickle ends early)");

    private ModelImportException Malformed(string what) => new(this.file, $"the pickle is malformed or not a weights file: it has {what}");

    private sealed record PickleGlobal(string Name);
}

/// <summary>A tensor storage a pickle refers to by key; its bytes live outside the pickle.</summary>
/// <param name="Key">The storage key: the zip entry <c>data/KEY</c> or the legacy record's key.</param>
/// <param name="Type">The element type, or null for integer and boolean storages, which are not weights.</param>
/// <param name="ElementSize">The bytes per element.</param>
/// <param name="Count">The element count.</param>
internal sealed record PickleStorage(string Key, WeightType? Type, int ElementSize, long Count);

/// <summary>A tensor a pickle describes: a strided view of a storage.</summary>
/// <param name="Storage">The storage.</param>
/// <param name="Offset">The first element, in elements.</param>
/// <param name="Shape">The dimensions.</param>
/// <param name="Stride">The strides, in elements.</param>
internal sealed record PickleTensor(PickleStorage Storage, long Offset, long[] Shape, long[] Stride);

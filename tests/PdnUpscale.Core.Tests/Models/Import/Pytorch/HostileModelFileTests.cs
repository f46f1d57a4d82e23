// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using PdnUpscale.Core.Models.Import;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Models.Import.Pytorch;

/// <summary>
/// Damaged and malicious model files: each is refused with one sentence naming the file, nothing is run and
/// nothing is written.
/// </summary>
public sealed class HostileModelFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => this.folder.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pickle_CallingOsSystem_IsRefusedWithoutRunning(bool zipped)
    {
        string marker = Path.Combine(this.folder.Path, "pwned");
        byte[] pickle = Pickle(Global("os", "system"), Unicode($"touch {marker}"), [0x85, (byte)'R', (byte)'.']);
        string file = zipped ? this.Zip("evil.pth", pickle) : this.Write("evil.pth", pickle);

        string message = this.AssertRefused(file);

        Assert.Contains("'os.system'", message, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void Pickle_CallingAnAllowedClassThatIsNotABuilder_IsRefused()
    {
        // torch.FloatStorage may name a storage's type, but a pickle must not call it.
        byte[] pickle = Pickle(Global("torch", "FloatStorage"), [(byte)')', (byte)'R', (byte)'.']);

        Assert.Contains("calls 'torch.FloatStorage'", this.AssertRefused(this.Zip("call.pth", pickle)), StringComparison.Ordinal);
    }

    [Fact]
    public void Pickle_BuildingAnArbitraryObject_IsRefused()
    {
        // NEWOBJ: cls.__new__(cls, *args), a classic way in; no weights file needs it.
        byte[] pickle = Pickle(Global("collections", "OrderedDict"), [(byte)')', 0x81, (byte)'.']);

        Assert.Contains("opcode 0x81", this.AssertRefused(this.Zip("newobj.pth", pickle)), StringComparison.Ordinal);
    }

    [Fact]
    public void Tensor_WithAnOverflowingStride_IsRefused()
    {
        // {'w': _rebuild_tensor_v2(storage of 4 floats, 0, (4,), (2**62,), False, {})}: the stride overflows a long.
        byte[] storage = [(byte)'(', .. Unicode("storage"), .. Global("torch", "FloatStorage"), .. Unicode("0"), .. Unicode("cpu"), (byte)'K', 4, (byte)'t', (byte)'Q'];
        byte[] stride = [0x8a, 8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0x85];
        byte[] tensor = [.. Global("torch._utils", "_rebuild_tensor_v2"), (byte)'(', .. storage, (byte)'K', 0, (byte)'K', 4, 0x85, .. stride, 0x89, (byte)'}', (byte)'t', (byte)'R'];
        byte[] pickle = Pickle(Global("collections", "OrderedDict"), [(byte)')', (byte)'R'], Unicode("w"), tensor, [(byte)'s', (byte)'.']);

        Assert.Contains("reaches outside its storage", this.AssertRefused(this.Zip("stride.pth", pickle, ("archive/data/0", new byte[16]))), StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_EntryUnpackingToMoreThanTheFile_IsRefused()
    {
        string path = Path.Combine(this.folder.Path, "bomb.pth");
        using (ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using Stream stream = zip.CreateEntry("archive/data.pkl", CompressionLevel.Optimal).Open();
            stream.Write(new byte[4 << 20]);
        }

        Assert.Contains("unpacks to 4194304 bytes", this.AssertRefused(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("esrgan-old-x4.pth")]
    [InlineData("esrgan-new-x4-legacy.pth")]
    [InlineData("compact-x2.safetensors")]
    public void TruncatedFile_IsRefused(string fixture)
    {
        byte[] whole = File.ReadAllBytes(PytorchReferenceTests.FixturePath(fixture));
        string file = this.Write("cut" + Path.GetExtension(fixture), whole[..(whole.Length / 2)]);

        Assert.Matches("truncated|damaged|not a complete zip", this.AssertRefused(file));
    }

    [Fact]
    public void Safetensors_HeaderLongerThanTheFile_IsRefused()
    {
        byte[] bytes = new byte[40];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, 1000);

        Assert.Contains("claims 1000 bytes, more than the file holds", this.AssertRefused(this.Write("short.safetensors", bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void Safetensors_AbsurdHeaderLength_IsRefused()
    {
        byte[] bytes = new byte[40];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, 1UL << 62);

        Assert.Contains("more than any real header needs", this.AssertRefused(this.Write("absurd.safetensors", bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void Safetensors_OffsetsOutsideTheBuffer_AreRefused()
    {
        string file = this.Safetensors("outside.safetensors", """{"body.0.weight":{"dtype":"F32","shape":[2],"data_offsets":[0,4000]}}""", 8);

        Assert.Contains("lies outside the file", this.AssertRefused(file), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownArchitecture_IsNamed()
    {
        string file = this.Safetensors("unknown.safetensors", """{"encoder.weight":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}""", 8);

        Assert.Contains("match none of the supported architectures (ESRGAN, SPAN, OmniSR, Real-ESRGAN Compact)", this.AssertRefused(file), StringComparison.Ordinal);
    }

    private static byte[] Pickle(params byte[][] parts) => [0x80, 0x02, .. parts.SelectMany(p => p)];

    private static byte[] Global(string module, string name) => [(byte)'c', .. Encoding.ASCII.GetBytes($"{module}\n{name}\n")];

    private static byte[] Unicode(string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        byte[] length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, utf8.Length);
        return [(byte)'X', .. length, .. utf8];
    }

    private string AssertRefused(string file)
    {
        string output = Path.Combine(this.folder.Path, "out");
        ModelImportException e = Assert.Throws<ModelImportException>(() => ModelImporter.Import(new ModelImportRequest { ParamPath = file, Id = "hostile", DestinationFolder = output }));
        Assert.StartsWith(file + ": ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        return e.Message;
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(this.folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Zip(string name, byte[] pickle, params (string Name, byte[] Data)[] more)
    {
        string path = Path.Combine(this.folder.Path, name);
        using (ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach ((string entry, byte[] data) in more.Prepend(("archive/data.pkl", pickle)))
            {
                using Stream stream = zip.CreateEntry(entry, CompressionLevel.NoCompression).Open();
                stream.Write(data);
            }
        }

        return path;
    }

    private string Safetensors(string name, string header, int bufferLength)
    {
        byte[] json = Encoding.UTF8.GetBytes(header);
        byte[] length = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)json.Length);
        return this.Write(name, [.. length, .. json, .. new byte[bufferLength]]);
    }
}

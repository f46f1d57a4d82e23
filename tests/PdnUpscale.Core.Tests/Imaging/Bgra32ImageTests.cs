using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Tests.Imaging;

public sealed class Bgra32ImageTests
{
    [Fact]
    public void Clone_CopiesEveryRow()
    {
        using Bgra32Image image = Bgra32Image.Allocate(3, 2);
        image.GetRow(1)[5] = 42;

        using Bgra32Image copy = image.Clone();

        Assert.Equal(42, copy.GetRow(1)[5]);
        Assert.NotEqual(image.Scan0, copy.Scan0);
    }

    [Fact]
    public void GetRow_AfterDispose_Throws()
    {
        Bgra32Image image = Bgra32Image.Allocate(1, 1);
        image.Dispose();

        Assert.Throws<ObjectDisposedException>(() => image.GetRow(0).Length);
    }
}

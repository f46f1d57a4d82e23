// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Content;
using PdnUpscale.Core.Explain;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Preprocessing;
using PdnUpscale.Core.Presets;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Tests.TestUtilities;
using PdnUpscale.Quality;
using SkiaSharp;

namespace PdnUpscale.Core.Tests.Cancellation;

/// <summary>
/// Every stage that can run longer than ~50 ms stops soon after a cancel that arrives while it runs: each is
/// started on a large photo or text page, cancelled from another thread after <see cref="CancelAfter"/>, and
/// must throw <see cref="OperationCanceledException"/> (not finish) within <see cref="Latency"/> of the cancel.
/// Without any check of the token every one of these stages runs for 100 ms to 3 s here; LetterHeight with its
/// token disconnected fails this test ("ran on for 1775 ms after the cancel and finished").
/// </summary>
public sealed class StageCancellationTests : IClassFixture<StageCancellationTests.LargeImages>
{
    /// <summary>When the cancel comes: well inside every stage below, which all run for far longer on these images.</summary>
    private static readonly TimeSpan CancelAfter = TimeSpan.FromMilliseconds(30);

    /// <summary>The promise (issue 13): a cancelled stage returns within 200 ms.</summary>
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(200);

    /// <summary>How many times a run is repeated when the machine's load kept the cancel from landing mid-stage or in time.</summary>
    private const int Attempts = 3;

    private const int Threads = 2;

    private readonly LargeImages images;

    public StageCancellationTests(LargeImages images) => this.images = images;

    [Fact]
    public void ColourBleeding_StopsPromptly()
    {
        // One opaque pixel on a transparent canvas: every bleed pass grows the filled area, so none ends early.
        using Bgra32Image spot = Bgra32Image.Allocate(2048, 2048);
        for (int y = 0; y < spot.Height; y++)
        {
            spot.GetRow(y).Clear();
        }

        spot.GetRow(1024).Slice(1024 * 4, 4).Fill(255);

        AssertStopsPromptly(token => new CpuPreprocessor(Threads).Begin(spot, new PreprocessSettings(1f, false, BleedPasses: 64), token).Dispose());
    }

    [Fact]
    public void BackProjection_StopsPromptly()
    {
        using Bgra32Image result = this.images.PhotoLarge.Clone();

        AssertStopsPromptly(token => BackProjection.Apply(this.images.Photo, result, new FidelityOptions(), Threads, token));
    }

    [Fact]
    public void RangeClamp_StopsPromptly()
    {
        using Bgra32Image result = this.images.PhotoHuge.Clone();

        AssertStopsPromptly(token => RangeClamp.Apply(this.images.Photo, result, Threads, token));
    }

    [Theory]
    [InlineData(ResampleFilter.Lanczos3)]
    [InlineData(ResampleFilter.CatmullRom)]
    [InlineData(ResampleFilter.Box)]
    public void Resampler_StopsPromptly(ResampleFilter filter)
    {
        AssertStopsPromptly(token => Resampler.Resize(this.images.PhotoLarge, 4096, 4096, filter, Threads, token).Dispose());
    }

    [Fact]
    public void ImageRotation_StopsPromptly()
    {
        using Bgra32Image turned = Bgra32Image.Allocate(this.images.PhotoLarge.Width, this.images.PhotoLarge.Height);

        AssertStopsPromptly(token => ImageRotation.Rotate(this.images.PhotoLarge, turned, 3, new System.Numerics.Vector4(255), Threads, token));
    }

    [Fact]
    public void Deskew_StopsPromptly()
    {
        AssertStopsPromptly(token => Deskew.Estimate(this.images.FourPages, Threads, token));
    }

    [Fact]
    public void DeskewStraighten_StopsPromptly()
    {
        using Bgra32Image page = this.images.TurnedPage.Clone();

        AssertStopsPromptly(token => Deskew.Straighten(page, Threads, token));
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void ScanCleanup_EachStepStopsPromptly(bool flatten, bool specks, bool deskew)
    {
        // Flattening is slow enough on one page; the others need four to still be running at the cancel.
        using Bgra32Image page = (flatten ? this.images.SpeckledPage : this.images.FourPages).Clone();
        var options = new ScanCleanupOptions { FlattenBackground = flatten, MaxSpeckPixels = specks ? 2 : 0, Deskew = deskew, Output = ScanOutput.Color };

        AssertStopsPromptly(token => ScanCleanup.Prepare(page, options, Threads, token));
    }

    [Fact]
    public void ScanCleanupFinish_StopsPromptly()
    {
        using Bgra32Image result = this.images.PhotoHuge.Clone();

        AssertStopsPromptly(token => ScanCleanup.Finish(result, new ScanCleanupOptions { Output = ScanOutput.BlackAndWhite }, token));
    }

    [Fact]
    public void LetterHeight_StopsPromptly()
    {
        AssertStopsPromptly(token => LetterHeight.Estimate(this.images.FourPages, token));
    }

    [Fact]
    public void SmallTextRule_StopsPromptly()
    {
        SmallTextRule rule = UpscalePresets.Text.SmallText!;

        AssertStopsPromptly(token => rule.PlainResamplingLetterHeight(this.images.FourPages, 1, cancellationToken: token));
    }

    [Fact]
    public void ContentClassifier_StopsPromptly()
    {
        AssertStopsPromptly(token => ContentClassifier.Classify(this.images.FourPages, token));
    }

    [Fact]
    public void Blockiness_StopsPromptly()
    {
        AssertStopsPromptly(token => Blockiness.Measure(this.images.PhotoHuge, token));
    }

    [Fact]
    public void InventedDetailMap_StopsPromptly()
    {
        AssertStopsPromptly(token => InventedDetailMap.Create(this.images.Photo, this.images.PhotoLarge, Threads, token).Dispose());
    }

    [Fact]
    public void UpscalerPlainResampling_StopsPromptly()
    {
        using var upscaler = new Upscaler(new UpscaleConfiguration { MaxDegreeOfParallelism = Threads }, new StencilSessionFactory(1));
        var options = new UpscaleOptions { Model = StencilSessionFactory.Model(4, 2), Scale = 2, PlainResampling = true };

        AssertStopsPromptly(token => upscaler.Run(this.images.PhotoLarge, options, null, token).Dispose());
    }

    private static void AssertStopsPromptly(Action<CancellationToken> stage)
    {
        // On a loaded machine a sleeping thread can wake late, and a stage can be starved of the CPU: an attempt
        // whose cancel came after the stage had finished proves nothing and is repeated, and the best of the
        // attempts counts (load only ever adds latency). A stage that runs on for longer than the promise after a
        // cancel, or stops too late in every attempt, fails.
        TimeSpan best = TimeSpan.MaxValue;
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            (Exception? thrown, TimeSpan sinceCancel, TimeSpan ran) = RunAndCancel(stage);
            if (thrown is null)
            {
                Assert.True(sinceCancel <= Latency, $"The stage ran on for {sinceCancel.TotalMilliseconds:0} ms after the cancel and finished ({ran.TotalMilliseconds:0} ms in all) instead of stopping.");
                continue;
            }

            Assert.True(thrown is OperationCanceledException, $"The stage threw {thrown.GetType().Name} instead of OperationCanceledException: {thrown.Message}");
            best = sinceCancel < best ? sinceCancel : best;
            if (best < Latency)
            {
                return;
            }
        }

        Assert.Fail(best == TimeSpan.MaxValue
            ? $"The stage finished before the cancel in all {Attempts} attempts: its input is too small to test."
            : $"The stage stopped {best.TotalMilliseconds:0} ms after the cancel at best in {Attempts} attempts (limit {Latency.TotalMilliseconds} ms).");
    }

    /// <summary>Runs the stage once with a token cancelled from another thread after <see cref="CancelAfter"/>.</summary>
    /// <returns>What it threw, the time from the cancel to its end (negative when it ended first) and its whole run time.</returns>
    private static (Exception? Thrown, TimeSpan SinceCancel, TimeSpan Ran) RunAndCancel(Action<CancellationToken> stage)
    {
        using var source = new CancellationTokenSource();
        long cancelledAt = long.MaxValue;
        var canceller = new Thread(() =>
        {
            Thread.Sleep(CancelAfter);
            Volatile.Write(ref cancelledAt, Stopwatch.GetTimestamp());
            source.Cancel();
        });
        long started = Stopwatch.GetTimestamp();
        canceller.Start();
        Exception? thrown = Record.Exception(() => stage(source.Token));
        long stopped = Stopwatch.GetTimestamp();
        canceller.Join();
        long cancelled = Volatile.Read(ref cancelledAt);
        TimeSpan sinceCancel = cancelled <= stopped ? Stopwatch.GetElapsedTime(cancelled, stopped) : -Stopwatch.GetElapsedTime(stopped, cancelled);
        return (thrown, sinceCancel, Stopwatch.GetElapsedTime(started, stopped));
    }

    /// <summary>The large inputs, made once: a photo enlarged plainly (real-ish content at size) and a rendered, turned, speckled text page.</summary>
    public sealed class LargeImages : IDisposable
    {
        public LargeImages()
        {
            using Bgra32Image photo = TestImages.LoadInput("coffee-spoon.png");
            this.Photo = Resampler.Resize(photo, 512, 512, ResampleFilter.Lanczos3, Threads);
            this.PhotoLarge = Resampler.Resize(photo, 2048, 2048, ResampleFilter.Lanczos3, Threads);
            this.PhotoHuge = Resampler.Resize(photo, 4096, 4096, ResampleFilter.Lanczos3, Threads);
            this.TurnedPage = RenderPage(2.5);
            this.SpeckledPage = RenderPage(1.5);
            var random = new Random(5);
            for (int i = 0; i < 20_000; i++)
            {
                int x = random.Next(this.SpeckledPage.Width), y = random.Next(this.SpeckledPage.Height);
                this.SpeckledPage.GetRow(y).Slice(x * 4, 3).Fill(0);
            }

            this.FourPages = Bgra32Image.Allocate(2 * this.SpeckledPage.Width, 2 * this.SpeckledPage.Height);
            for (int y = 0; y < this.FourPages.Height; y++)
            {
                Span<byte> row = this.FourPages.GetRow(y), page = this.SpeckledPage.GetRow(y % this.SpeckledPage.Height);
                page.CopyTo(row);
                page.CopyTo(row[page.Length..]);
            }
        }

        /// <summary>Gets a 512² photo.</summary>
        public Bgra32Image Photo { get; }

        /// <summary>Gets the photo at 2048².</summary>
        public Bgra32Image PhotoLarge { get; }

        /// <summary>Gets the photo at 4096².</summary>
        public Bgra32Image PhotoHuge { get; }

        /// <summary>Gets an A4 page at 200 dpi of 12-pixel text turned by 2.5°.</summary>
        public Bgra32Image TurnedPage { get; }

        /// <summary>Gets the same page turned by 1.5° with 20 000 one-pixel specks.</summary>
        public Bgra32Image SpeckledPage { get; }

        /// <summary>Gets the speckled page four times, two by two: for the stages that are quick on one page.</summary>
        public Bgra32Image FourPages { get; }

        public void Dispose()
        {
            this.Photo.Dispose();
            this.PhotoLarge.Dispose();
            this.PhotoHuge.Dispose();
            this.TurnedPage.Dispose();
            this.SpeckledPage.Dispose();
            this.FourPages.Dispose();
        }

        private static Bgra32Image RenderPage(double degrees)
        {
            const int Width = 1654, Height = 2339;
            using SKTypeface typeface = SKTypeface.FromFile(SampleSets.Fonts[0]);
            using var font = new SKFont(typeface, 16);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            return SkiaCanvasImage.Draw(Width, Height, canvas =>
            {
                canvas.RotateDegrees((float)-degrees, Width / 2f, Height / 2f);
                for (int line = 0; line < 90; line++)
                {
                    string text = SampleSets.Lines[line % SampleSets.Lines.Length];
                    canvas.DrawText($"{text} {text}", 120, 120 + (line * 24), SKTextAlign.Left, font, paint);
                }
            });
        }
    }
}

# leak-gate-bench: kind=clean category=numpy-math
"""A sensor-signal job on fresh numpy arrays: a noisy signal of 2,048 samples per
call, its spectrum, a moving average and z-scores, reduced to a few floats; every
array is dropped when the call returns."""

import numpy as np

_rng = np.random.default_rng(7)
_t = np.linspace(0.0, 1.0, 2048)
_kernel = np.ones(16) / 16.0


def workload():
    signal = np.sin(2 * np.pi * 50 * _t) + _rng.normal(scale=0.3, size=_t.size)
    spectrum = np.abs(np.fft.rfft(signal))
    smooth = np.convolve(signal, _kernel, mode="same")
    z = (smooth - smooth.mean()) / smooth.std()
    peaks = np.flatnonzero((z[1:-1] > z[:-2]) & (z[1:-1] > z[2:]) & (z[1:-1] > 1.0))
    return {
        "peak_hz": float(np.argmax(spectrum[1:]) + 1),
        "p95": float(np.percentile(np.abs(z), 95)),
        "peaks": int(peaks.size),
    }

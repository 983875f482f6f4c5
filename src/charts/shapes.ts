/**
 * How series look, by index: a mark shape and a colour class (the colours are --s0…--s6 in data.css,
 * dark to light, so series differ in grayscale too). Shared by server-rendered legends and client charts.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3-shape';

export const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar, symbolWye];

export const SERIES_CLASSES = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'];

/** The colour class of series k. */
export const seriesClass = (k: number): string => SERIES_CLASSES[k % SERIES_CLASSES.length]!;

/** The SVG path of series k's mark, of the given area. */
export const shapePath = (k: number, size: number): string => symbol(SHAPES[k % SHAPES.length], size)() ?? '';

export declare const guideExamplesDir: string;
export declare function writeGuideExamples(): string[];

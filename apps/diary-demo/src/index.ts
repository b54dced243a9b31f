export { startDiaryDemo, type DiaryDemoOptions, type RunningDiaryDemo } from './start-diary-demo';

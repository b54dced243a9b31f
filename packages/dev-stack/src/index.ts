export { reservePort, type PortReservation } from './free-port';
export { startStack, type RunningStack, type StackOptions } from './start-stack';
